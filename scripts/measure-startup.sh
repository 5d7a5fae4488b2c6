#!/usr/bin/env bash
# Measures how long the demo service takes until /actuator/health answers UP, and its
# resident memory right then. Usage: scripts/measure-startup.sh [default|tuned] (after mvn package).
#   default: java -jar target/cdcloud.jar
#   tuned:   extracted jar + AppCDS archive + C1 only + SerialGC (the recipe of scripts/run-demo.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-default}
port=${PORT:-18080}
data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
args=(--spring.profiles.active=demo --server.port="$port" "--spring.datasource.url=jdbc:h2:file:$data/cdcloud")
start=$(date +%s.%N)
case "$mode" in
	default) java -jar target/cdcloud.jar "${args[@]}" >"$data/log" 2>&1 & ;;
	tuned) scripts/run-demo.sh "${args[@]}" >"$data/log" 2>&1 & ;;
	*) echo "usage: $0 [default|tuned]" >&2; exit 2 ;;
esac
pid=$!
until curl -fsS -u "${CDCLOUD_MEASURE_USER:-aoife.byrne}:${CDCLOUD_DEMO_PASSWORD:-demo}" "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
	if ! kill -0 "$pid" 2>/dev/null; then echo "service died:"; tail -30 "$data/log"; exit 1; fi
	sleep 0.1
done
end=$(date +%s.%N)
# the JVM is the child of run-demo.sh's exec, or the java process itself
jvm=$(pgrep -f "server.port=$port" | head -1)
rss_kib=$(awk '/VmRSS/ {print $2}' /proc/"$jvm"/status)
printf '%s: ready in %.1f s, RSS %d MiB\n' "$mode" "$(echo "$end - $start" | bc)" $((rss_kib / 1024))
