-- wrk script: POST /api/v1/assess with facts that change on every request (BENCHMARKS.md).
-- KINDS = "few": 6 countries x 4 citizenships x 16 situation sets x 4 ages = 1,536 different
-- bodies, which the answer cache holds after the first pass (a steady state with many people
-- in the same few situations). KINDS = "many": ages 16-70 as well, 6 x 4 x 16 x 55 = 21,120
-- bodies, ten times what the cache keeps, so most requests are computed afresh.
local kinds = os.getenv("KINDS") or "few"
local countries = {"UZ", "TJ", "KG", "KZ", "TM", "OTHER"}
local citizenships = {"none", "applying", "naturalized", "by_birth"}
local situations = {"offered_contract", "pressured", "detained", "summons"}
local ages = kinds == "many" and 55 or 4
local n = 0

request = function()
  n = n + 1
  local i = n
  local country = countries[i % 6 + 1]; i = math.floor(i / 6)
  local rc = citizenships[i % 4 + 1]; i = math.floor(i / 4)
  local set = i % 16; i = math.floor(i / 16)
  local age = 16 + (i % ages) * (kinds == "many" and 1 or 13)
  local chosen = {}
  for b = 1, 4 do
    if math.floor(set / 2 ^ (b - 1)) % 2 == 1 then
      chosen[#chosen + 1] = '"' .. situations[b] .. '"'
    end
  end
  local body = string.format(
    '{"citizenship":"%s","russian_citizenship":"%s","age":%d,"situations":[%s]}',
    country, rc, age, table.concat(chosen, ","))
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
