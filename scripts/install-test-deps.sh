#!/usr/bin/env bash
# Installs what cdcloud's build and tests need on a Debian 12 machine (run as root).
# Idempotent: packages already present are left alone.
#   JDK 17 + Maven                      the build
#   openipmi, ipmitool                  IPMI BMC simulator (ipmi_sim) and the reference client
#   openssh-server, openssh-client      one sshd per simulated host; ssh-keygen/ssh-keyscan
#   python3-ironic/-keystone/-nova      the undercloud's Ironic, Keystone and Nova API on loopback
#   python3-sushy, redfishtool          Redfish clients nobody here wrote, to check our fixture
#   ansible, pssh                       peers for the fleet benchmark
#   chromium, chromium-driver           headless browser for the Tasklist round trip
#   postgresql                          the postgres profile's test (trust auth on 127.0.0.1:5432)
#   stunnel4                            TLS in front of the undercloud rigs (Keystone, Ironic)
set -euo pipefail
packages=(openjdk-17-jdk-headless maven curl openipmi ipmitool openssh-server openssh-client
	python3-ironic python3-keystone python3-nova python3-sushy redfishtool ansible pssh
	chromium chromium-driver postgresql stunnel4)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	# keep the packages' own services (sshd, ...) from starting: tests start their own
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
		chmod +x /usr/sbin/policy-rc.d
		trap 'rm -f /usr/sbin/policy-rc.d' EXIT
	fi
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
mkdir -p /run/sshd
# the machine image starts PostgreSQL before a session; start it if it is not running
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
	pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
echo "test dependencies present: ${packages[*]}"
