#!/bin/sh
# Side-by-side fleet benchmark (as root: it starts sshd hosts on loopback):
#   scripts/bench-fleet.sh [COUNT]    18 hosts on 127.0.10.171.. (default), or e.g. 200 on 127.0.11.1..
# cdcloud's fleetUpdate on a running service vs ansible-playbook vs parallel-ssh, same hosts.
set -eu
cd "$(dirname "$0")/.."
COUNT=${1:-18}
if [ "$COUNT" -le 18 ]; then PREFIX=127.0.10 FIRST=171; else PREFIX=127.0.11 FIRST=1; fi
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.tripleo.cdcloud.fleet.FleetBenchmark "$PREFIX" "$FIRST" "$COUNT"
