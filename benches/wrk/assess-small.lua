-- wrk script: POST /api/v1/assess with the commonest question (one situation, one finding set).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"citizenship":"UZ","situations":["offered_contract"]}'
