#!/usr/bin/env bash
# Startup cost of the extension: time from JVM start to the first successful call, the RSS and the classes loaded
# then, of a minimal Quarkus application using the extension (startup-extension) and of the same application with
# only a bare Quarkus REST client doing the same login by hand (startup-bare), against one simulator. The two
# alternate, RUNS times each; medians and their ratios are printed as parseable lines. Needs the modules built
# (benchmarks/run.sh builds them).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

simulator_jar=$(ls mock-server/target/engage-voice-mock-server-*-runner.jar | head -1)
banner=$(mktemp)
"$JAVA" -Xmx256m -jar "$simulator_jar" --port 0 --host 127.0.0.1 > "$banner" 2>&1 &
simulator_pid=$!
trap 'kill "$simulator_pid" 2>/dev/null || true; rm -f "$banner"' EXIT
for _ in $(seq 1 600); do
  grep -q "listening on" "$banner" && break
  kill -0 "$simulator_pid" 2>/dev/null || { cat "$banner"; exit 1; }
  sleep 0.1
done
line=$(grep "listening on" "$banner")
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<< "$line"; }
server=$(sed -n 's/.*listening on \([^ ]*\).*/\1/p' <<< "$line")
props=(-Dprobe.server="$server" -Dprobe.username="$(field username | tail -1)" -Dprobe.password="$(field password | tail -1)"
  -Dprobe.platform-id="$(field platformId)")

declare -A first_call rss classes wall
for run in $(seq 1 "$RUNS"); do
  for app in extension bare; do
    start=$(date +%s%N)
    out=$("$JAVA" "${props[@]}" -jar "benchmarks/startup-$app/target/quarkus-app/quarkus-run.jar")
    end=$(date +%s%N)
    result=$(grep "^startup " <<< "$out") || { echo "$app printed no result: $out" >&2; exit 1; }
    first_call[$app]+="$(sed 's/.*first-call-ms=\([0-9]*\).*/\1/' <<< "$result") "
    rss[$app]+="$(sed 's/.*rss-kb=\([0-9]*\).*/\1/' <<< "$result") "
    classes[$app]+="$(sed 's/.*classes=\([0-9]*\).*/\1/' <<< "$result") "
    wall[$app]+="$(( (end - start) / 1000000 )) "
  done
done

median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ',')
echo "== Startup to the first successful call: median of $RUNS alternating runs each, $(nproc) cores, load average $load"
for app in extension bare; do
  echo "figures startup-$app first-call-ms=$(median "${first_call[$app]}") rss-kb=$(median "${rss[$app]}") classes=$(median "${classes[$app]}") process-wall-ms=$(median "${wall[$app]}")"
done
echo "ratio extension/bare-rest-client startup=$(ratio "$(median "${first_call[extension]}")" "$(median "${first_call[bare]}")") rss=$(ratio "$(median "${rss[extension]}")" "$(median "${rss[bare]}")") classes=$(ratio "$(median "${classes[extension]}")" "$(median "${classes[bare]}")") process-wall=$(ratio "$(median "${wall[extension]}")" "$(median "${wall[bare]}")")"
