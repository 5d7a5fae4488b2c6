#!/bin/sh
# Starts an OpenIPMI ipmi_sim BMC on HOST:PORT (UDP), user admin / $IPMI_PASSWORD, whose
# power and boot device live in files under DIR/chassis (see ../ipmi/chassis.sh, shared with the BMC rig).
# Usage: ipmi-sim.sh DIR HOST PORT   (runs in the foreground; the caller kills it)
set -e
dir=$1 host=$2 port=$3 here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/chassis"
cat > "$dir/lan.conf" <<CONF
name "node1"
set_working_mc 0x20
  startlan 1
    addr $host $port
    priv_limit admin
    allowed_auths_callback none md2 md5 straight
    allowed_auths_user none md2 md5 straight
    allowed_auths_operator none md2 md5 straight
    allowed_auths_admin none md2 md5 straight
    guid a123456789abcdefa123456789abcdef
  endlan
  chassis_control "$here/../ipmi/chassis.sh 0x20"
  user 2 true  "admin"   "$IPMI_PASSWORD" admin    10       none md2 md5 straight
CONF
export CHASSIS_STATE_DIR="$dir/chassis"
exec ipmi_sim -c "$dir/lan.conf" -f "$here/../ipmi/node.emu" -n -s "$dir/state"
