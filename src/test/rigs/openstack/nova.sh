#!/bin/sh
# Starts a Nova API (sqlite, no conductor) in DIR on HOST:8774 that validates tokens
# against the rig's Keystone at KEYSTONE (http://HOST:5000/v3) as its admin, and registers
# itself there as the compute endpoint.
# Usage: nova.sh DIR HOST KEYSTONE   ($KEYSTONE_ADMIN_PASSWORD set; runs in the foreground)
set -e
dir=$1 host=$2 keystone=$3 here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
cp "$here/nova-api-paste.ini" "$dir/api-paste.ini"
cat > "$dir/nova.conf" <<CONF
[DEFAULT]
api_paste_config = $dir/api-paste.ini
enabled_apis = osapi_compute
osapi_compute_listen = $host
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
transport_url = fake://
log_file = $dir/nova.log
[api]
auth_strategy = keystone
[keystone_authtoken]
www_authenticate_uri = $keystone
auth_url = $keystone
auth_type = password
interface = public
username = admin
password = $KEYSTONE_ADMIN_PASSWORD
project_name = admin
user_domain_name = Default
project_domain_name = Default
[api_database]
connection = sqlite:///$dir/nova_api.db
[database]
connection = sqlite:///$dir/nova.db
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
CONF
nm() { /usr/bin/python3 -c 'import sys; from nova.cmd.manage import main; sys.argv=["nova-manage","--config-file",sys.argv[1]]+sys.argv[2:]; main()' "$dir/nova.conf" "$@" >>"$dir/manage.log" 2>&1; }
nm api_db sync
nm cell_v2 map_cell0 --database_connection "sqlite:///$dir/nova.db"
nm db sync
/usr/bin/python3 "$here/register-endpoint.py" "$keystone" "$KEYSTONE_ADMIN_PASSWORD" compute nova "http://$host:8774/v2.1"
exec /usr/bin/python3 -c 'import sys; from nova.cmd.api import main; sys.argv=["nova-api","--config-file",sys.argv[1]]; main()' "$dir/nova.conf"
