#!/usr/bin/env bash
# Runs the service with JVM limits fit for one small machine, so that nobody has to know them: a heap
# of 160 MB (the bundled account needs about 25 MB of live heap and 1,000 accounts about 150 MB; the
# models' weights live outside it), the serial collector (no collector threads to feed on two cores),
# and bounded metaspace, code cache and thread stacks. The JVM's own default heap is a quarter of the
# machine's memory, which the service filled with garbage before collecting it (1.6 GB resident).
# JAVA_OPTS replaces these limits (say, -Xmx512m for many thousands of accounts); arguments go to the
# service (--server.port=9090, --bot.corpus-dir=...). With bot-service/cds.sh's archive present, it
# is used for a faster start.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/bot-service.jar"
[ -f "$jar" ] || { echo "no $jar: build it first with 'mvn -B -q install -DskipTests'" >&2; exit 1; }
# glibc gives every thread that mallocs its own 64 MB arena; the models' native code runs on many
# request threads, and two arenas hold the same work in far less resident memory.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
defaults="$(cat "$here/jvm-defaults")" # shared with cds.sh: an archive is only used by a JVM started like the one that made it
if [ -f "$here/target/cds/bot-service.jsa" ] && [ "$here/target/cds/bot-service.jar" -nt "$jar" ]; then
  exec java ${JAVA_OPTS:-$defaults} -XX:SharedArchiveFile="$here/target/cds/bot-service.jsa" -jar "$here/target/cds/bot-service.jar" "$@"
fi
exec java ${JAVA_OPTS:-$defaults} -jar "$jar" "$@"
