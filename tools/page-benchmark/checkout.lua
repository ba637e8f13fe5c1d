-- wrk script: one checkout of one unit of the hot SKU per request, each with a fresh
-- Idempotency-Key, by signed-in consumers taken in turn from CHECKOUT_BUYERS (a file of
-- "<session cookie> <CSRF token>" lines), as in a flash sale where many shoppers buy one SKU.
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  buyers = {}
  for line in io.lines(os.getenv("CHECKOUT_BUYERS")) do
    local cookie, csrf = line:match("^(%S+) (%S+)$")
    table.insert(buyers, { cookie = cookie, csrf = csrf })
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"lines": [{"skuId": ' .. os.getenv("CHECKOUT_SKU") .. ', "quantity": 1}],'
    .. ' "address": {"recipient": "压测", "phone": "13911112222", "regionCode": "130102",'
    .. ' "street": "中山东路 8 号"}}'
  run = os.getenv("CHECKOUT_RUN") or tostring(os.time())
end

function request()
  counter = counter + 1
  local buyer = buyers[((counter * 7 + id) % #buyers) + 1]
  wrk.headers["Cookie"] = buyer.cookie
  wrk.headers["X-CSRF-Token"] = buyer.csrf
  wrk.headers["Idempotency-Key"] = "bench-" .. run .. "-" .. id .. "-" .. counter
  return wrk.format()
end
