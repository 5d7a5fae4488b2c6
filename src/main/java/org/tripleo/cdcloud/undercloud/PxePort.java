package org.tripleo.cdcloud.undercloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * A node's Ironic port for the machine's {@code eth2-mac} (machines.yaml), PXE enabled.
 * The node's ports are machines.yaml's: a port of another MAC is deleted, so a changed
 * MAC replaces the port. Without {@code eth2-mac} the node's ports are left alone.
 */
final class PxePort {

	private PxePort() {
	}

	/**
	 * Makes the node's ports be exactly the machine's PXE port.
	 * @param ironic the client
	 * @param node Ironic's node
	 * @param machine the machine
	 * @return what changed, nothing when the port already is as wanted
	 * @throws UndercloudException when Ironic refuses (e.g. the MAC belongs to another
	 * node's port)
	 */
	static List<String> sync(IronicClient ironic, JsonNode node, Machine machine) {
		if (machine.eth2Mac() == null) {
			return List.of();
		}
		String mac = machine.eth2Mac().toLowerCase(Locale.ROOT);
		String uuid = node.path("uuid").asText();
		List<String> changes = new ArrayList<>();
		boolean present = false;
		for (JsonNode port : ironic.call("GET", "/v1/ports?node=" + uuid + "&fields=uuid,address,pxe_enabled", null)
			.path("ports")) {
			String address = port.path("address").asText();
			String path = "/v1/ports/" + port.path("uuid").asText();
			if (!mac.equals(address)) {
				// a MAC is unique in Ironic: the old port goes before the new one is made
				ironic.call("DELETE", path, null);
				changes.add(machine.name() + ": deleted port " + address);
			}
			else {
				present = true;
				if (!port.path("pxe_enabled").asBoolean()) {
					ironic.call("PATCH", path, List.of(Map.of("op", "replace", "path", "/pxe_enabled", "value", true)));
					changes.add(machine.name() + ": enabled PXE on port " + mac);
				}
			}
		}
		if (!present) {
			ironic.call("POST", "/v1/ports", Map.of("node_uuid", uuid, "address", mac, "pxe_enabled", true));
			changes.add(machine.name() + ": created PXE port " + mac);
		}
		return changes;
	}

}
