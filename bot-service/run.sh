#!/usr/bin/env bash
# Runs the service with JVM limits fit for one small machine, so that nobody has to know them: a heap
# of at most 160 MB (the bundled account needs about 55 MB of live heap, mostly the OpenNLP models, and
# 1,000 accounts about 150 MB; the reader's and embedder's weights live outside it) that starts at 32 MB
# and is given back when a collection leaves it mostly free, the serial collector (no collector threads to feed on two cores),
# and bounded metaspace, code cache and thread stacks. The JVM's own default heap is a quarter of the
# machine's memory, which the service filled with garbage before collecting it (1.6 GB resident).
# JAVA_OPTS replaces these limits (say, -Xmx512m for many thousands of accounts); arguments go to the
# service (--server.port=9090, --bot.corpus-dir=...).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/bot-service.jar"
[ -f "$jar" ] || { echo "no $jar: build it first with 'mvn -B -q install -DskipTests'" >&2; exit 1; }
# glibc gives every thread that mallocs its own 64 MB arena; the models' native code runs on many
# request threads, and two arenas hold the same work in far less resident memory. Large blocks (the
# reader's arena, which it hands back after each run, and the embedder's activations) are mapped and
# given back when freed, instead of glibc keeping them (its threshold for that otherwise climbs to
# 32 MB). Measured: bot-service/README.md, "Load test".
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
export MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-1048576}"
defaults="$(cat "$here/jvm-defaults")" # shared with cds.sh: an archive is only used by a JVM started like the one that made it
archive="$here/target/cds/bot-service.jsa"
# The class-data-sharing archive halves start-up (6.6 to 3.3 s here): recorded once per build, by a
# training start of about 10 s on a throw-away index; a failure only costs the faster start.
if [ ! -f "$archive" ] || [ ! "$archive" -nt "$jar" ]; then
  echo "recording a class-data-sharing archive for faster starts (once per build, about 10 s)..." >&2
  "$here/cds.sh" >&2 || { echo "no archive recorded: starting without it" >&2; rm -f "$archive"; }
fi
if [ -f "$archive" ] && [ "$archive" -nt "$jar" ]; then
  native=()
  [ -f "$here/target/cds/native/libonnxruntime.so" ] && native=(-Donnxruntime.native.path="$here/target/cds/native")
  exec java ${JAVA_OPTS:-$defaults} "${native[@]}" -XX:SharedArchiveFile="$archive" -jar "$here/target/cds/bot-service.jar" "$@"
fi
exec java ${JAVA_OPTS:-$defaults} -jar "$jar" "$@"
