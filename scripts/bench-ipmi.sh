#!/usr/bin/env bash
# Power status of 18 ipmi_sim BMCs (127.0.10.171-188, UDP 6230): cdcloud's IPMI driver
# (sessions reused, in parallel) against 18 parallel `ipmitool -I lanplus -C 3` calls, in
# one run, with the ratio; then per-command latency for one BMC. Needs openipmi and
# ipmitool (scripts/install-test-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
flock /tmp/mvn.lock mvn -B -q -ntp test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/bench-ipmi-classpath.txt -Dmdep.includeScope=test
exec java -Dlogback.configurationFile=src/test/rigs/ipmi/bench-logback.xml -cp "target/test-classes:target/classes:$(cat target/bench-ipmi-classpath.txt)" \
	org.tripleo.cdcloud.bmc.ipmi.IpmiBenchmark
