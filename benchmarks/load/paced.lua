-- Paces each connection: after each answer it waits PACE_MS before the next request, so that
-- C connections send about C * 1000 / (PACE_MS + latency) requests per second (wrk 4 has no -R).
local pace = tonumber(os.getenv("PACE_MS") or "10")
function delay()
  return pace
end
