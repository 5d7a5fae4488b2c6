package org.tripleo.cdcloud.bmc.redfish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.HardwareInventory;
import org.tripleo.cdcloud.bmc.PowerState;

/**
 * A Redfish ComputerSystem: power, reset, boot override, and links to its BIOS and
 * storage.
 */
final class ComputerSystem extends RedfishResource {

	private static final Map<BootDevice, String> TARGETS = Map.of(BootDevice.PXE, "Pxe", BootDevice.DISK, "Hdd",
			BootDevice.BIOS_SETUP, "BiosSetup", BootDevice.NONE, "None");

	private final String machine;

	ComputerSystem(RedfishConnector connector, String machine, String path) {
		super(connector, path);
		this.machine = machine;
	}

	/**
	 * Finds the first system from the service root, never assuming {@code /Systems/1}.
	 */
	static ComputerSystem discover(RedfishConnector connector, String machine) {
		String systems = connector.get("/redfish/v1/").body().path("Systems").path("@odata.id").asText(null);
		if (systems == null) {
			throw new RedfishResource.MissingAttributeException("/redfish/v1/", "/Systems");
		}
		JsonNode members = connector.get(systems).body().path("Members");
		if (members.isEmpty()) {
			throw new RedfishResource.MissingAttributeException(systems, "/Members/0");
		}
		return new ComputerSystem(connector, machine, members.get(0).path("@odata.id").asText());
	}

	PowerState powerState() {
		String state = required("/PowerState").asText();
		return ("On".equals(state) || "PoweringOff".equals(state)) ? PowerState.ON : PowerState.OFF;
	}

	/**
	 * Posts the Reset action after checking the value is allowed.
	 * @param resetType e.g. {@code On}, {@code ForceRestart}
	 */
	void reset(String resetType) {
		JsonNode action = required("/Actions/#ComputerSystem.Reset");
		JsonNode allowed = action.path("ResetType@Redfish.AllowableValues");
		if (allowed.isArray() && allowed.size() > 0 && !allowed.toString().contains("\"" + resetType + "\"")) {
			throw new RedfishException(machine, "Reset " + resetType, 0, null,
					"ResetType " + resetType + " not allowed by the BMC, only " + allowed, List.of(), null);
		}
		String target = required("/Actions/#ComputerSystem.Reset/target").asText();
		RedfishResponse response = connector.post(target,
				JsonNodeFactory.instance.objectNode().put("ResetType", resetType));
		if (response.status() == 202) {
			TaskMonitor.from(connector, machine, "Reset", response).await(java.time.Duration.ofMinutes(10));
		}
		refresh();
	}

	BootSetting boot() {
		String target = json().at("/Boot/BootSourceOverrideTarget").asText("None");
		String enabled = json().at("/Boot/BootSourceOverrideEnabled").asText("Disabled");
		BootDevice device = TARGETS.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(target))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(BootDevice.NONE);
		return new BootSetting("Disabled".equals(enabled) ? BootDevice.NONE : device, "Continuous".equals(enabled));
	}

	void setBoot(BootSetting setting) {
		ObjectNode boot = JsonNodeFactory.instance.objectNode();
		boot.putObject("Boot")
			.put("BootSourceOverrideTarget", TARGETS.get(setting.device()))
			.put("BootSourceOverrideEnabled", setting.persistent() ? "Continuous" : "Once");
		connector.patch(path, boot, etag());
		refresh();
	}

	String biosPath() {
		return link("/Bios");
	}

	String storagePath() {
		return link("/Storage");
	}

	HardwareInventory inventory() {
		JsonNode cpus = json().path("ProcessorSummary");
		JsonNode memory = json().path("MemorySummary").path("TotalSystemMemoryGiB");
		return new HardwareInventory(json().path("Manufacturer").asText(null), json().path("Model").asText(null),
				json().path("SerialNumber").asText(null), cpus.has("CoreCount") ? cpus.path("CoreCount").asInt() : null,
				memory.isNumber() ? memory.asInt() : null, nics());
	}

	private List<HardwareInventory.Nic> nics() {
		List<HardwareInventory.Nic> nics = new ArrayList<>();
		if (!json().has("EthernetInterfaces")) {
			return nics;
		}
		for (JsonNode member : connector.get(link("/EthernetInterfaces")).body().path("Members")) {
			JsonNode nic = connector.get(member.path("@odata.id").asText()).body();
			nics.add(new HardwareInventory.Nic(nic.path("Id").asText(),
					nic.path("MACAddress").asText("").toLowerCase()));
		}
		return nics;
	}

}
