"""Registers a service and its public endpoint in the rig's Keystone (idempotent enough
for a fresh rig). Usage: register-endpoint.py AUTH_URL PASSWORD TYPE NAME URL"""
import json
import sys
import urllib.request

auth_url, password, stype, name, url = sys.argv[1:6]


def call(method, path, body=None, token=None):
    req = urllib.request.Request(auth_url + path, method=method,
                                 data=json.dumps(body).encode() if body else None,
                                 headers={'Content-Type': 'application/json'})
    if token:
        req.add_header('X-Auth-Token', token)
    with urllib.request.urlopen(req) as resp:
        return resp.headers.get('X-Subject-Token'), json.loads(resp.read() or b'{}')


scope = {'project': {'name': 'admin', 'domain': {'name': 'Default'}}}
user = {'name': 'admin', 'domain': {'name': 'Default'}, 'password': password}
token, _ = call('POST', '/auth/tokens', {'auth': {'identity': {
    'methods': ['password'], 'password': {'user': user}}, 'scope': scope}})
_, svc = call('POST', '/services', {'service': {'type': stype, 'name': name}}, token)
call('POST', '/endpoints', {'endpoint': {'service_id': svc['service']['id'], 'interface': 'public',
                                         'url': url, 'region_id': 'RegionOne'}}, token)
