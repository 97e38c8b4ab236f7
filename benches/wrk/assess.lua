-- wrk script: POST /api/v1/assess with a typical facts body (BENCHMARKS.md).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"citizenship":"UZ","russian_citizenship":"naturalized","age":29,"situations":["offered_contract","pressured","applying_documents"]}'
