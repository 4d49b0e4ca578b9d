#!/usr/bin/env bash
# Load test of POST /api/chat: starts the service jar (rate limit off, fresh data folder), warms it up,
# runs wrk for DURATION at CONNECTIONS connections, and samples the service's resident memory.
# Usage: [RATE=330] bot-service/load/chat-load.sh [DURATION=60s] [CONNECTIONS=32]
# Without RATE every connection sends its next request as soon as the last is answered (the most the
# service can do); with RATE the connections together offer about that many requests per second.
# Needs: wrk (apt-get install wrk) and a built bot-service/target/bot-service.jar.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/bot-service.jar"
duration="${1:-60s}"
connections="${2:-32}"
export CONNECTIONS="$connections" RATE="${RATE:-0}"
port="${PORT:-18080}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -q install -DskipTests' first" >&2; exit 1; }

export ANNALIST_QUESTIONS="${ANNALIST_QUESTIONS:-$here/../../evaluation/src/main/resources/reference/kaluga-reference.jsonl}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
java ${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC} -jar "$jar" --server.port="$port" --bot.rate-limit.per-minute=0 > service.log 2>&1 &
pid=$!
echo "starting the service (pid $pid) on port $port..."
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat service.log >&2; exit 1; }
  sleep 0.5
done
echo "warming up for 10 s..."
RATE=0 wrk -t2 -c"$connections" -d10s -s "$here/chat.lua" "http://localhost:$port" > /dev/null

peak=0
( while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    echo "$rss"; sleep 0.5
  done ) > rss.txt &
sampler=$!
echo "questions: $(grep -c question "$ANNALIST_QUESTIONS") from $ANNALIST_QUESTIONS"
echo "measuring: wrk -t2 -c$connections -d$duration POST /api/chat, offered rate: ${RATE/#0/as fast as answered} (JAVA_OPTS: ${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC})"
wrk -t2 -c"$connections" -d"$duration" --timeout 5s -s "$here/chat.lua" "http://localhost:$port" | tee wrk.txt
kill "$sampler" 2>/dev/null || true
peak=$(sort -n rss.txt | tail -1)
echo "peak_rss_mb=$((peak / 1024))"
grep -c "ERROR" service.log | xargs -I{} echo "service_log_errors={}"
