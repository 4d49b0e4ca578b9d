-- wrk script: POST /api/chat with questions of every kind in turn, counting non-200 answers,
-- and printing the percentiles wrk's own summary leaves out (p95).
local questions = {
  "When was Kaluga liberated?",
  "Who commanded the 50th Army?",
  "Which towns did the operation aim to retake?",
  "How far did the Soviet troops advance?",
  "Who commanded the Soviet 3rd Army?",
  "Which town did the 49th Army liberate on 9 January?",
  "When did the operation begin?",
  "What was Heeresgruppe Mitte?",
}
local bodies = {}
for i, q in ipairs(questions) do
  bodies[i] = '{"message": "' .. q .. '"}'
end
local counter = 0

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
