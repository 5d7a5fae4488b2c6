package org.tripleo.cdcloud.bmc.redfish;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.tripleo.cdcloud.bmc.redfish.RedfishFixture.JSON;

/**
 * The state of the fixture's Redfish service: one SL230s Gen8 system (id not "1", so
 * clients must discover it), its BIOS with pending settings and registry, one storage
 * controller with two 2 TB drives, volumes and task monitors. Callers synchronise.
 */
final class FixtureResources {

	static final String ROOT = "/redfish/v1";

	static final String SESSIONS = ROOT + "/SessionService/Sessions";

	static final String SYSTEM = ROOT + "/Systems/437XR1138R2";

	static final String BIOS = SYSTEM + "/Bios";

	static final String SETTINGS = BIOS + "/Settings";

	static final String STORAGE = SYSTEM + "/Storage/RAID.Integrated.1";

	static final String VOLUMES = STORAGE + "/Volumes";

	static final String REGISTRY = "BiosAttributeRegistrySL230s.v1_0_0";

	static final long TWO_TB = 2_000_398_934_016L;

	private final Map<String, ObjectNode> resources = new HashMap<>();

	private final Map<String, Integer> versions = new HashMap<>();

	private final Map<String, int[]> tasks = new HashMap<>();

	private int nextVolume = 1;

	/** An answer other than the stored resource. */
	record Answer(int status, JsonNode body, Optional<String> location) {

		static Answer of(int status, JsonNode body) {
			return new Answer(status, body, Optional.empty());
		}

	}

	FixtureResources() {
		FixtureData.load(this);
	}

	void put(String path, ObjectNode resource) {
		resource.put("@odata.id", path);
		resources.put(path, resource);
		versions.merge(path, 1, Integer::sum);
	}

	ObjectNode get(String path) {
		return resources.get(path);
	}

	String etag(String path) {
		return "\"" + versions.getOrDefault(path, 0) + "\"";
	}

	int sessionsOpen(RedfishFixture fixture) {
		return fixture.tokens.size();
	}

	Answer post(String path, JsonNode body, RedfishFixture.Faults faults) {
		if (path.equals(SYSTEM + "/Actions/ComputerSystem.Reset")) {
			return reset(body.path("ResetType").asText(), faults);
		}
		if (path.equals(VOLUMES)) {
			String task = ROOT + "/TaskService/TaskMonitors/" + tasks.size();
			tasks.put(task, new int[] { 1, faults.failTask ? 1 : 0 });
			faults.failTask = false;
			resources.put(task + "#request", (ObjectNode) body);
			return new Answer(202, null, Optional.of(task));
		}
		return Answer.of(405, RedfishFixture.error("Base.1.8.OperationNotAllowed", "POST " + path, null));
	}

	private Answer reset(String type, RedfishFixture.Faults faults) {
		ObjectNode system = get(SYSTEM);
		if (!system.at("/Actions/#ComputerSystem.Reset/ResetType@Redfish.AllowableValues")
			.toString()
			.contains("\"" + type + "\"")) {
			return Answer.of(400, RedfishFixture.error("Base.1.8.ActionParameterValueNotInList", type, "ResetType"));
		}
		boolean off = "ForceOff".equals(type) || "GracefulShutdown".equals(type);
		if (!off) {
			applyPendingBios(faults);
		}
		system.put("PowerState", off ? "Off" : "On");
		put(SYSTEM, system);
		return Answer.of(204, null);
	}

	private void applyPendingBios(RedfishFixture.Faults faults) {
		ObjectNode pending = (ObjectNode) get(SETTINGS).path("Attributes");
		ObjectNode bios = get(BIOS);
		ObjectNode attributes = (ObjectNode) bios.path("Attributes");
		pending.fields().forEachRemaining((e) -> {
			if (!e.getKey().equals(faults.ignoreOnReset)) {
				attributes.set(e.getKey(), e.getValue());
			}
		});
		pending.removeAll();
		put(BIOS, bios);
		put(SETTINGS, get(SETTINGS));
	}

	Answer patch(String path, JsonNode body) {
		ObjectNode resource = get(path);
		if (path.equals(SYSTEM)) {
			String target = body.at("/Boot/BootSourceOverrideTarget").asText(null);
			if (target != null && !resource.at("/Boot/BootSourceOverrideTarget@Redfish.AllowableValues")
				.toString()
				.contains("\"" + target + "\"")) {
				return Answer.of(400, RedfishFixture.error("Base.1.8.PropertyValueNotInList", target,
						"#/Boot/BootSourceOverrideTarget"));
			}
			body.path("Boot")
				.fields()
				.forEachRemaining((e) -> ((ObjectNode) resource.path("Boot")).set(e.getKey(), e.getValue()));
		}
		else if (path.equals(SETTINGS)) {
			ObjectNode pending = (ObjectNode) resource.path("Attributes");
			body.path("Attributes").fields().forEachRemaining((e) -> pending.set(e.getKey(), e.getValue()));
		}
		else {
			return Answer.of(405, RedfishFixture.error("Base.1.8.OperationNotAllowed", "PATCH " + path, null));
		}
		put(path, resource);
		return Answer.of(204, null);
	}

	Answer delete(String path) {
		if (path.startsWith(VOLUMES + "/") && resources.remove(path) != null) {
			ArrayNode members = (ArrayNode) get(VOLUMES).path("Members");
			for (Iterator<JsonNode> it = members.iterator(); it.hasNext();) {
				if (it.next().path("@odata.id").asText().equals(path)) {
					it.remove();
				}
			}
			get(VOLUMES).put("Members@odata.count", members.size());
			return Answer.of(204, null);
		}
		return Answer.of(404, RedfishFixture.error("Base.1.8.ResourceMissingAtURI", path, null));
	}

	/** A task monitor: 202 on the first poll, then the volume (201) or a failed task. */
	Answer poll(String path, RedfishFixture.Faults faults) {
		int[] task = tasks.get(path);
		if (task == null) {
			return null;
		}
		if (task[0]-- > 0) {
			return Answer.of(202, JSON.createObjectNode().put("TaskState", "Running"));
		}
		tasks.remove(path);
		if (task[1] == 1) {
			ObjectNode failed = JSON.createObjectNode().put("TaskState", "Exception").put("TaskStatus", "Critical");
			failed.putArray("Messages")
				.addObject()
				.put("MessageId", "Base.1.8.InternalError")
				.put("Message", "The controller refused the volume: drives not in a ready state")
				.put("MessageSeverity", "Critical");
			return Answer.of(200, failed);
		}
		return Answer.of(201, createVolume((ObjectNode) resources.remove(path + "#request")));
	}

	private ObjectNode createVolume(ObjectNode request) {
		String path = VOLUMES + "/" + nextVolume++;
		ObjectNode volume = JSON.createObjectNode()
			.put("@odata.type", "#Volume.v1_5_0.Volume")
			.put("Id", path.substring(path.lastIndexOf('/') + 1))
			.put("Name", request.path("Name").asText())
			.put("RAIDType", request.path("RAIDType").asText())
			.put("CapacityBytes", TWO_TB);
		volume.putObject("Links").set("Drives", request.at("/Links/Drives"));
		put(path, volume);
		((ArrayNode) get(VOLUMES).path("Members")).addObject().put("@odata.id", path);
		get(VOLUMES).put("Members@odata.count", get(VOLUMES).path("Members").size());
		return volume;
	}

}
