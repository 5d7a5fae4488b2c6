#!/usr/bin/env bash
# Installs what cdcloud's build and tests need on a Debian 12 machine (run as root).
# Idempotent: packages already present are left alone.
set -euo pipefail
packages=(openjdk-17-jdk-headless maven)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "test dependencies present: ${packages[*]}"
