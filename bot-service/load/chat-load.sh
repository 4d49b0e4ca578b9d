#!/usr/bin/env bash
# Load test of POST /api/chat, in two phases side by side: "repeated" (the answer cache on; the reference
# questions come round again, so after the warm-up most are hits) and "unique" (the service restarted
# with the cache off, so every request pays for the whole answer path). Each phase starts the service jar
# (rate limit off, fresh data folder), warms it up for 10 s, runs wrk for DURATION at CONNECTIONS
# connections, and samples the service's resident memory.
# Usage: [RATE=330] [RATE_REPEATED=2000] [RATE_UNIQUE=20] [WARMUP_RATE=0] [PHASES="repeated unique"] \
#        bot-service/load/chat-load.sh [DURATION=60s] [CONNECTIONS=32]
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
phases="${PHASES:-repeated unique}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -q install -DskipTests' first" >&2; exit 1; }

export ANNALIST_QUESTIONS="${ANNALIST_QUESTIONS:-$here/../../evaluation/src/main/resources/reference/kaluga-reference.jsonl}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
echo "questions: $(grep -c question "$ANNALIST_QUESTIONS") from $ANNALIST_QUESTIONS"

cache_counts() { # prints "hits misses" of the answer cache so far
  curl -fs "http://localhost:$port/actuator/prometheus" | awk '/^annalist_answer_cache_total\{result="hit"/ {h=$2}
    /^annalist_answer_cache_total\{result="miss"/ {m=$2} END {printf "%d %d", h, m}'
}

measure() { # measure LABEL SERVICE-ARGS...
  local label="$1"; shift
  local dir="$work/$label"
  mkdir -p "$dir" && cd "$dir"
  # The README's run command (bot-service/run.sh, its JVM limits; JAVA_OPTS replaces them) is what is measured.
  "$here/../run.sh" --server.port="$port" --bot.rate-limit.per-minute=0 "$@" > service.log 2>&1 &
  pid=$!
  echo "[$label] starting the service (pid $pid) on port $port with $*..."
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat service.log >&2; exit 1; }
    sleep 0.25
  done
  # The warm-up load runs at the rate measured (WARMUP_RATE=0: as fast as answered), so that a soak at
  # 100/s measures a service that has seen 100/s, not one that has just absorbed a burst of 2,000/s.
  local warmup_rate="${WARMUP_RATE:-$RATE}"
  local pace="$warmup_rate req/s"
  [ "$warmup_rate" = 0 ] && pace="full speed"
  echo "[$label] warming up: every question once, then 10 s of load at $pace..."
  grep -o '"question" *: *"[^"]*"' "$ANNALIST_QUESTIONS" | sed 's/"question" *: *//' | while read -r q; do
    curl -fs "http://localhost:$port/api/chat" -H 'Content-Type: application/json' -d "{\"message\": $q}" > /dev/null || true
  done
  RATE="$warmup_rate" wrk -t2 -c"$connections" -d10s -s "$here/chat.lua" "http://localhost:$port" > /dev/null
  ( while kill -0 "$pid" 2>/dev/null; do
      awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0; sleep 0.5
    done ) > rss.txt &
  local sampler=$! before
  before=$(cache_counts)
  echo "[$label] measuring: wrk -t2 -c$connections -d$duration POST /api/chat, offered rate: ${RATE/#0/as fast as answered}"
  wrk -t2 -c"$connections" -d"$duration" --timeout 5s -s "$here/chat.lua" "http://localhost:$port" > wrk.txt
  kill "$sampler" 2>/dev/null || true
  local hits  # over the measured run only
  hits=$(echo "$before $(cache_counts)" | awk '{h = $3 - $1; m = $4 - $2; if (h + m > 0) printf "%.3f", h / (h + m); else print "n/a"}')
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  printf '%-9s %s %s peak_rss_mb=%d cache_hit_rate=%s service_log_errors=%d\n' "$label" \
    "$(grep '^rps\|^requests' wrk.txt | sed 's/.*rps=/rps=/' | head -1)" \
    "$(grep '^latency_ms' wrk.txt | sed 's/latency_ms //')" "$(( $(sort -n rss.txt | tail -1) / 1024 ))" "$hits" \
    "$(grep -c ERROR service.log || true)" | tee -a "$work/summary.txt"
  grep '^errors' wrk.txt | sed "s/^/$label /" | tee -a "$work/summary.txt"
}

for phase in $phases; do
  case "$phase" in
    repeated) RATE="${RATE_REPEATED:-$RATE}" measure repeated --bot.answer-cache.enabled=true ;;
    unique) RATE="${RATE_UNIQUE:-$RATE}" measure unique --bot.answer-cache.enabled=false ;;
    *) echo "unknown phase $phase (repeated, unique)" >&2; exit 2 ;;
  esac
done
echo
cat "$work/summary.txt"
