#!/bin/sh
# Side-by-side fleet benchmark (as root: it starts sshd hosts on loopback):
#   scripts/bench-fleet.sh [COUNT]    18 hosts on 127.0.10.171.. (default), or e.g. 200 on 127.0.11.1..
# cdcloud's fleetUpdate on a running service vs ansible-playbook (shell and raw modules) vs
# parallel-ssh, same hosts. Holds /tmp/mvn.lock (the lock builds and benchmarks share on a
# small machine) so nothing else competes for the cores; run it on an otherwise quiet machine.
set -eu
cd "$(dirname "$0")/.."
if [ -z "${BENCH_FLEET_LOCKED:-}" ]; then
	BENCH_FLEET_LOCKED=1 exec flock /tmp/mvn.lock "$0" "$@"
fi
COUNT=${1:-18}
if [ "$COUNT" -le 18 ]; then PREFIX=127.0.10 FIRST=171; else PREFIX=127.0.11 FIRST=1; fi
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
# the service's JVM flags for small machines (scripts/run-demo.sh): C1 only, serial GC
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
	-cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.tripleo.cdcloud.fleet.FleetBenchmark "$PREFIX" "$FIRST" "$COUNT"
