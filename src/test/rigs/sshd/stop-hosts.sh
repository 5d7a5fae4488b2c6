#!/bin/sh
# Stops the sshd instances start-hosts.sh started in DIR.
DIR=$1
for pid in "$DIR"/h*/pid; do
	[ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null
done
exit 0
