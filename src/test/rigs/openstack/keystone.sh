#!/bin/sh
# Starts a Keystone (sqlite, fernet) in DIR on HOST:5000 with the bootstrap admin
# (password $KEYSTONE_ADMIN_PASSWORD, project admin, role admin; roles member and reader).
# Usage: keystone.sh DIR HOST   (runs in the foreground; the caller kills it)
set -e
dir=$1 host=$2
mkdir -p "$dir/fernet" "$dir/cred"
cat > "$dir/keystone.conf" <<CONF
[DEFAULT]
log_file = $dir/keystone.log
[database]
connection = sqlite:///$dir/keystone.db
[token]
provider = fernet
[fernet_tokens]
key_repository = $dir/fernet
[credential]
key_repository = $dir/cred
CONF
km() { keystone-manage --config-file "$dir/keystone.conf" "$@" >>"$dir/manage.log" 2>&1; }
km db_sync
km fernet_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
km credential_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
km bootstrap --bootstrap-password "$KEYSTONE_ADMIN_PASSWORD" \
    --bootstrap-admin-url "http://$host:5000/v3" --bootstrap-public-url "http://$host:5000/v3" \
    --bootstrap-region-id RegionOne
exec keystone-wsgi-public --port 5000 --host "$host" -- --config-file "$dir/keystone.conf"
