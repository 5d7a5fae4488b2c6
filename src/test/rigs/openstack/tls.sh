#!/bin/sh
# Fronts the rig's Keystone (HOST:5000) and Ironic (HOST:6385) with stunnel on
# HOST:5443 and HOST:6443, with a CA and server certificate made here (SAN IP:HOST), plus
# HOST:5444 with a certificate of the same CA for another name, and a second CA nobody
# uses (DIR/other-ca.pem), for the refusal tests.
# Usage: tls.sh DIR HOST   (runs in the foreground; the caller kills it)
set -e
dir=$1 host=$2
mkdir -p "$dir"
cd "$dir"
ssl() { openssl "$@" >>openssl.log 2>&1; }
ca() { # NAME
	ssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=cdcloud rig $1" \
		-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
		-keyout "$1.key" -out "$1.pem"
}
leaf() { # NAME SAN
	ssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$1.key" -out "$1.csr"
	printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$2" >"$1.ext"
	ssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile "$1.ext" -out "$1.pem"
}
ca ca
ca other-ca
leaf server "IP:$host"
leaf wrong-name "DNS:not-the-undercloud.example"
cat >stunnel.conf <<CONF
foreground = yes
pid =
output = $dir/stunnel.log
[keystone]
accept = $host:5443
connect = $host:5000
cert = $dir/server.pem
key = $dir/server.key
[keystone-wrong-name]
accept = $host:5444
connect = $host:5000
cert = $dir/wrong-name.pem
key = $dir/wrong-name.key
[ironic]
accept = $host:6443
connect = $host:6385
cert = $dir/server.pem
key = $dir/server.key
CONF
exec stunnel4 stunnel.conf
