"""Cross-checks the Redfish fixture with sushy (OpenStack's Redfish client).

Usage: /usr/bin/python3 sushy_check.py URL CA_FILE USER PASSWORD
Reads the system, its BIOS attributes and pending settings, sets a one-time PXE boot
override, and prints what it saw as JSON on the last line.
"""
import json
import os
import sys

import sushy

url, ca_file, user, password = sys.argv[1:5]
# sushy 4.3 reads the service root through plain requests, which ignores verify= and
# trusts REQUESTS_CA_BUNDLE: pin the fixture's certificate there too.
os.environ["REQUESTS_CA_BUNDLE"] = ca_file
root = sushy.Sushy(url + "/redfish/v1/", username=user, password=password, verify=ca_file)
system = root.get_system(root.get_system_collection().members_identities[0])
seen = {
    "power_state": str(system.power_state),
    "manufacturer": system.manufacturer,
    "bios_boot_mode": system.bios.attributes.get("BootMode"),
    "pending": dict(system.bios.pending_attributes),
}
system.set_system_boot_options(sushy.BOOT_SOURCE_TARGET_PXE, enabled=sushy.BOOT_SOURCE_ENABLED_ONCE)
system.refresh()
seen["boot_target"] = str(system.boot.target)
seen["boot_enabled"] = str(system.boot.enabled)
print(json.dumps(seen))
