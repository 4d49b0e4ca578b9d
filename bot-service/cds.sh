#!/usr/bin/env bash
# Faster start-up (run.sh calls it when its archive is missing or older than the jar): unpacks target/bot-service.jar into target/cds and records a class-data-sharing
# archive of the classes the service loads while starting (a training start on a throw-away index and an
# in-memory database; your data is not touched). Run it again after every build.
# Usage: bot-service/cds.sh, then the command it prints (the jar must be started by that same path, or the
# JVM ignores the archive with a warning).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/bot-service.jar"
out="$here/target/cds"
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -q install -DskipTests' first" >&2; exit 1; }

rm -rf "$out"
java -Djarmode=tools -jar "$jar" extract --destination "$out" > /dev/null
# ONNX Runtime otherwise copies its 16 MB native library out of its jar into a temporary folder at
# every start (about 0.1 s); run.sh points it at this copy, made once per build from the same jar.
case "$(uname -m)" in x86_64) platform=linux-x64 ;; aarch64) platform=linux-aarch64 ;; *) platform="" ;; esac
if [ -n "$platform" ]; then
  mkdir -p "$out/native" && (cd "$out/native" && jar xf ../lib/onnxruntime-*.jar "ai/onnxruntime/native/$platform" \
    && mv "ai/onnxruntime/native/$platform"/* . && rm -rf ai) || rm -rf "$out/native"
fi
train="$(mktemp -d)"
trap 'rm -rf "$train"' EXIT
echo "training start to record the archive (about 10 s)..."
if ! (cd "$train" && java ${JAVA_OPTS:-$(cat "$here/jvm-defaults")} -XX:ArchiveClassesAtExit="$out/bot-service.jsa" -Dspring.context.exit=onRefresh -jar "$out/bot-service.jar" \
      --bot.index-dir="$train/index" --spring.datasource.url="jdbc:h2:mem:cds" --server.port=0 --bot.telegram.token= > "$train/log" 2>&1); then
  cat "$train/log" >&2
  exit 1
fi
echo "bot-service/run.sh uses the archive from now on (until the next build)"
