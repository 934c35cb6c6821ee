-- GET of a demo student, as demo school staff.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer demo-school"
