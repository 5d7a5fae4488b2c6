package org.tripleo.cdcloud.bmc.redfish;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tripleo.cdcloud.bmc.RaidPlanner;
import org.tripleo.cdcloud.bmc.StorageInfo;

/**
 * The Redfish Storage resources of a system: controllers, drives, volumes; volumes are
 * created by POST to the Volumes collection, often through a task monitor.
 */
final class Storage {

	private final RedfishConnector connector;

	private final String machine;

	private final String collection;

	Storage(RedfishConnector connector, String machine, String collection) {
		this.connector = connector;
		this.machine = machine;
		this.collection = collection;
	}

	StorageInfo read() {
		List<StorageInfo.Controller> controllers = new ArrayList<>();
		for (JsonNode member : connector.get(collection).body().path("Members")) {
			controllers.add(controller(member.path("@odata.id").asText()));
		}
		return new StorageInfo(controllers);
	}

	private StorageInfo.Controller controller(String path) {
		JsonNode storage = connector.get(path).body();
		List<String> raidTypes = new ArrayList<>();
		storage.at("/StorageControllers/0/SupportedRAIDTypes").forEach((t) -> raidTypes.add(t.asText()));
		List<StorageInfo.Drive> drives = new ArrayList<>();
		for (JsonNode link : storage.path("Drives")) {
			JsonNode drive = connector.get(link.path("@odata.id").asText()).body();
			drives.add(new StorageInfo.Drive(link.path("@odata.id").asText(), drive.path("Name").asText(),
					drive.path("CapacityBytes").asLong(), drive.path("MediaType").asText(null)));
		}
		List<StorageInfo.Volume> volumes = new ArrayList<>();
		if (storage.has("Volumes")) {
			for (JsonNode member : connector.get(storage.at("/Volumes/@odata.id").asText()).body().path("Members")) {
				volumes.add(volume(member.path("@odata.id").asText(),
						connector.get(member.path("@odata.id").asText()).body()));
			}
		}
		return new StorageInfo.Controller(path, storage.path("Name").asText(), raidTypes, drives, volumes);
	}

	private static StorageInfo.Volume volume(String path, JsonNode volume) {
		List<String> drives = new ArrayList<>();
		volume.at("/Links/Drives").forEach((d) -> drives.add(d.path("@odata.id").asText()));
		return new StorageInfo.Volume(path, volume.path("Name").asText(), volume.path("RAIDType").asText(null),
				volume.path("CapacityBytes").asLong(), drives);
	}

	StorageInfo.Volume createRaid1(String name, RaidPlanner.Plan plan, Duration taskTimeout) {
		String volumes = connector.get(plan.controllerId()).body().at("/Volumes/@odata.id").asText();
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("Name", name).put("RAIDType", "RAID1");
		plan.driveIds().forEach((d) -> body.with("Links").withArray("Drives").addObject().put("@odata.id", d));
		RedfishResponse response = connector.post(volumes, body);
		if (response.status() == 202) {
			JsonNode done = TaskMonitor.from(connector, machine, "POST " + volumes, response).await(taskTimeout);
			String created = done.path("@odata.id").asText();
			return volume(created, done);
		}
		String location = URI.create(response.header("Location").orElseThrow()).getPath();
		return volume(location, connector.get(location).body());
	}

	void delete(String volumeId, Duration taskTimeout) {
		RedfishResponse response = connector.delete(volumeId);
		if (response.status() == 202) {
			TaskMonitor.from(connector, machine, "DELETE " + volumeId, response).await(taskTimeout);
		}
	}

}
