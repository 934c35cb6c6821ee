#!/usr/bin/env bash
# Walks one admissibility application from submission to decision against a running demo server:
#   java -jar adapters-web/target/passend-server.jar      (demo mode: demo-* tokens, demo students)
#   bash docs/examples/lifecycle.sh [http://localhost:8080]
set -euo pipefail
BASE=${1:-http://localhost:8080}/api/v1
etag() { grep -i '^etag:' "$1" | tr -d '\r' | cut -d' ' -f2; }

# 1. A school submits an application for an SO place for demo student demo-0001.
curl -sS -D /tmp/passend-h -o /tmp/passend-b -X POST "$BASE/applications" \
  -H 'Authorization: Bearer demo-school' -H 'Content-Type: application/json' \
  -d '{"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0001",
       "applyingSchoolBrin": "99PE00", "schoolType": "SO", "specialNeedsType": "LG",
       "receivedOn": "2025-09-15"}'
APP=$(grep -i '^location:' /tmp/passend-h | tr -d '\r' | cut -d' ' -f2)
echo "submitted $APP, ETag $(etag /tmp/passend-h)"; cat /tmp/passend-b; echo

# 2. The partnership acknowledges receipt (If-Match carries the version just read).
curl -sS -D /tmp/passend-h -o /tmp/passend-b -X POST "$BASE${APP#/api/v1}/acknowledge" \
  -H 'Authorization: Bearer demo-partnership' -H 'Content-Type: application/json' \
  -H "If-Match: $(etag /tmp/passend-h)" -d '{"on": "2025-09-16", "reason": "received"}'
echo "acknowledged, ETag $(etag /tmp/passend-h)"

# 3. The school files a complete dossier (every item of the policy and two experts: a grant
#    on an incomplete dossier is refused with 409 naming R-TLV-2), then the assessment starts.
curl -sS -D /tmp/passend-h -o /tmp/passend-b -X PUT "$BASE${APP#/api/v1}/dossier" \
  -H 'Authorization: Bearer demo-school' -H 'Content-Type: application/json' \
  -H "If-Match: $(etag /tmp/passend-h)" -d '{"items": ["EXPERT_ADVICE", "NINE_QUESTIONS_ADDRESSED", "GUARDIANS_VIEW", "EDUCATIONAL_REPORT", "FIRST_CHOICE_SCHOOL", "SIGNATURES", "CONSENT_FORM"], "expertAdvices": [{"expertReference": "expert-1", "profession": "ORTHOPEDAGOGUE", "employerBrin": "99PE00", "givenOn": "2025-09-10"}, {"expertReference": "expert-2", "profession": "PSYCHOLOGIST", "givenOn": "2025-09-11"}]}'
curl -sS -D /tmp/passend-h -o /tmp/passend-b -X POST "$BASE${APP#/api/v1}/start-assessment" \
  -H 'Authorization: Bearer demo-partnership' -H 'Content-Type: application/json' \
  -H "If-Match: $(etag /tmp/passend-h)" -d '{"on": "2025-09-17"}'
echo "assessing, ETag $(etag /tmp/passend-h)"

# 4. The statement is granted; the answer carries the statement with its number and end date.
curl -sS -D /tmp/passend-h -o /tmp/passend-b -X POST "$BASE${APP#/api/v1}/grant" \
  -H 'Authorization: Bearer demo-partnership' -H 'Content-Type: application/json' \
  -H "If-Match: $(etag /tmp/passend-h)" \
  -d '{"on": "2025-10-01", "reason": "criteria met", "startDate": "2025-11-01", "endDate": "2026-07-31"}'
cat /tmp/passend-b; echo

# 5. The trail, as the auditor sees it.
curl -sS "$BASE/audit?subject=${APP##*/}" -H 'Authorization: Bearer demo-auditor'; echo
