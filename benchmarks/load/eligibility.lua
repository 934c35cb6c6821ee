-- POST of the API.md eligibility example, as demo school staff.
wrk.method = "POST"
wrk.body = '{"assessmentDate": "2025-03-01", "dateOfBirth": "2013-05-01", "iq": 62, "domains": {"ARITHMETIC": {"dl": 60, "dle": 28}, "READING_COMPREHENSION": {"dl": 60, "dle": 25}}, "findings": {"veryLowSelfReliance": true, "veryLimitedProgress": true, "regularSupportExhausted": true}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer demo-school"
