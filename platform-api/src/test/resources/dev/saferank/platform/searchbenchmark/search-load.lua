-- The public search under load (dev.saferank.platform.searchbenchmark.PublicSearchLoadBenchmark): every
-- request is one of the checked bodies of the mix (one a line in the file given as the first argument),
-- at random, from one of the citizens (second argument) at random, named in X-Forwarded-For as the
-- reverse proxy in front of the API nodes names the client. A 429 (the anonymous limit) and an answer
-- with GraphQL errors are counted apart from wrk's own errors (sockets, other statuses).
local counter = 1
local threads = {}

function setup(thread)
   thread:set("id", counter)
   table.insert(threads, thread)
   counter = counter + 1
end

function init(args)
   bodies = {}
   for line in io.lines(args[1]) do
      bodies[#bodies + 1] = line
   end
   citizens = tonumber(args[2])
   math.randomseed(id * 7919 + os.time())
   failed = 0
   refused = 0
   headers = { ["Content-Type"] = "application/json" }
end

function request()
   local c = math.random(0, citizens - 1)
   headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(c / 65536) % 256, math.floor(c / 256) % 256, c % 256)
   return wrk.format("POST", "/graphql", headers, bodies[math.random(#bodies)])
end

function response(status, headers, body)
   if status == 429 then
      refused = refused + 1
   elseif status ~= 200 or string.find(body, '"errors"', 1, true) then
      failed = failed + 1
   end
end

function done(summary, latency, requests)
   local f, r = 0, 0
   for _, t in ipairs(threads) do
      f = f + t:get("failed")
      r = r + t:get("refused")
   end
   io.write(string.format(
      'WRK-RESULT {"requests":%d,"micros":%d,"failed":%d,"refused":%d,"connect":%d,"read":%d,"write":%d,'
         .. '"status":%d,"timeout":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d}\n',
      summary.requests, summary.duration, f, r, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.status, summary.errors.timeout, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max))
end
