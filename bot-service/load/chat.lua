-- wrk script: POST /api/chat with questions in turn, counting non-200 answers,
-- and printing the percentiles wrk's own summary leaves out (p95).
-- The questions come from a JSON-lines file (ANNALIST_QUESTIONS; chat-load.sh passes the evaluation's
-- reference set), so the load covers every kind of question rather than a few repeated ones.
local bodies = {}
local path = os.getenv("ANNALIST_QUESTIONS")
local file = path and io.open(path, "r")
if file then
  for line in file:lines() do
    local q = line:match('"question"%s*:%s*"(.-[^\\])"')
    if q then bodies[#bodies + 1] = '{"message": "' .. q .. '"}' end
  end
  file:close()
end
if #bodies == 0 then
  bodies[1] = '{"message": "When was Kaluga liberated?"}'
end
local counter = 0

-- RATE (requests/s over all CONNECTIONS) paces the load: each connection waits a random time averaging
-- CONNECTIONS/RATE s before its next request, so the service sees a steady offered rate instead of
-- wrk's default closed loop (where 32 connections always wait on each other and latency is just queueing).
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "32")
local mean_gap_ms = rate > 0 and connections * 1000 / rate or 0

delay = function()
  if mean_gap_ms == 0 then return 0 end
  return math.random(0, math.floor(2 * mean_gap_ms))
end

request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"},
                    bodies[(counter % #bodies) + 1])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
               + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests=%d seconds=%.1f rps=%.1f\n", summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency_ms p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors=%d (non-2xx/3xx %d, timeouts %d)\n", errors, summary.errors.status,
    summary.errors.timeout))
end
