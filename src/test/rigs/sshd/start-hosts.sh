#!/bin/sh
# Starts one OpenSSH sshd per fleet host on loopback, as root, for tests and benchmarks.
#   start-hosts.sh DIR PREFIX FIRST COUNT [PORT]     e.g. start-hosts.sh /tmp/rig 127.0.10 171 18
# Writes into DIR (created, must be absolute): id_ed25519 (the client key), known_hosts
# (ssh-keyscan of every host), hosts (ADDRESS:PORT per line) and hN/ (host key, pid, log,
# authorized_keys giving the key a clean HOME=DIR/hN/home, so root's dotfiles cost nothing
# and each host has its own HOME, like separate machines).
# stop-hosts.sh DIR stops them. Exit 0 once every host answers ssh-keyscan.
set -eu
DIR=$1 PREFIX=$2 FIRST=$3 COUNT=$4 PORT=${5:-2222}
mkdir -p /run/sshd "$DIR"
ssh-keygen -q -t ed25519 -N '' -C cdcloud-test -f "$DIR/id_ed25519"
: > "$DIR/hosts"
i=0
while [ "$i" -lt "$COUNT" ]; do
	n=$((FIRST + i)); h="$DIR/h$n"; mkdir -p "$h/home"
	printf 'environment="HOME=%s/home" %s\n' "$h" "$(cat "$DIR/id_ed25519.pub")" > "$h/authorized_keys"
	ssh-keygen -q -t ed25519 -N '' -f "$h/hostkey"
	/usr/sbin/sshd -p "$PORT" -o ListenAddress="$PREFIX.$n" -h "$h/hostkey" -o PidFile="$h/pid" \
		-o StrictModes=no -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no \
		-o MaxStartups=200 -o MaxSessions=50 -o UseDNS=no -o PermitRootLogin=prohibit-password \
		-o PermitUserEnvironment=HOME -o AuthorizedKeysFile="$h/authorized_keys" \
		-o UsePAM=no -o PrintMotd=no -o LogLevel=ERROR -E "$h/log"
	echo "$PREFIX.$n:$PORT" >> "$DIR/hosts"
	i=$((i + 1))
done
# Wait (deadline 30 s) until every host answers, then record the host keys.
deadline=$(( $(date +%s) + 30 ))
while :; do
	sed 's/:.*//' "$DIR/hosts" > "$DIR/scan-targets"
	ssh-keyscan -T 2 -t ed25519 -p "$PORT" -f "$DIR/scan-targets" > "$DIR/known_hosts" 2>/dev/null || true
	[ "$(wc -l < "$DIR/known_hosts")" -ge "$COUNT" ] && exit 0
	[ "$(date +%s)" -ge "$deadline" ] && { echo "sshd hosts not ready after 30 s" >&2; exit 1; }
	sleep 0.2
done
