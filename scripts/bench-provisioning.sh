#!/usr/bin/env bash
# Fleet provisioning on fake hardware, in one JVM: engine scale (N machines, default 1000,
# through fleet-provisioning on an H2 file database) and parallel efficiency (1 node vs 18).
# Usage: scripts/bench-provisioning.sh [machines]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx1g -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.tripleo.cdcloud.provisioning.ProvisioningBenchmark "${1:-1000}"
