#!/bin/sh
# Starts a standalone Ironic (sqlite, json-rpc, noauth) in DIR with its API on HOST:6385
# and json-rpc on HOST:8089; hardware types ipmi and fake-hardware.
# Usage: ironic.sh DIR HOST   (runs in the foreground; the caller kills it)
set -e
dir=$1 host=$2
mkdir -p "$dir"
cat > "$dir/ironic.conf" <<CONF
[DEFAULT]
auth_strategy = noauth
enabled_hardware_types = ipmi,fake-hardware
enabled_power_interfaces = ipmitool,fake
enabled_management_interfaces = ipmitool,fake
enabled_boot_interfaces = fake,pxe
enabled_deploy_interfaces = fake,direct,ramdisk
enabled_bios_interfaces = fake,no-bios
enabled_raid_interfaces = fake,no-raid
enabled_inspect_interfaces = fake,no-inspect
enabled_network_interfaces = noop
enabled_vendor_interfaces = fake,no-vendor,ipmitool
rpc_transport = json-rpc
host = localhost
log_file = $dir/ironic.log
[api]
host_ip = $host
port = 6385
[database]
connection = sqlite:///$dir/ironic.db
[json_rpc]
auth_strategy = noauth
host_ip = $host
port = 8089
[dhcp]
dhcp_provider = none
[conductor]
automated_clean = false
[ipmi]
min_command_interval = 1
command_retry_timeout = 5
CONF
/usr/bin/python3 -c 'import sys; from ironic.cmd.dbsync import main; sys.argv=["ironic-dbsync","--config-file",sys.argv[1],"create_schema"]; main()' "$dir/ironic.conf" >"$dir/dbsync.log" 2>&1
exec /usr/bin/python3 -c 'import sys; from ironic.cmd.singleprocess import main; sys.argv=["ironic","--config-file",sys.argv[1]]; main()' "$dir/ironic.conf"
