package org.tripleo.cdcloud.undercloud;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.inventory.Credential;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.UnknownMachineException;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.team.ChangeReport;

/**
 * The machines as Ironic nodes: enrolment from machines.yaml (node name = machine name),
 * its PXE port from {@code eth2-mac} ({@link PxePort}), then
 * {@code enroll -> manageable -> available}; deploy and undeploy of an image.
 *
 * <p>
 * Re-enrolling updates a node whose driver, driver_info or BMC password differs from
 * machines.yaml and its credentials (see {@link NodeSpec} for how a masked password is
 * compared).
 */
public class BareMetal {

	private static final String MANAGEABLE = "manageable";

	private static final String AVAILABLE = "available";

	/** The instance_info key of the request id {@link #startDeploy} stores. */
	private static final String REQUEST_ID = "cdcloud_request_id";

	private final Undercloud undercloud;

	private final SecretResolver secrets;

	BareMetal(Undercloud undercloud, SecretResolver secrets) {
		this.undercloud = undercloud;
		this.secrets = secrets;
	}

	/**
	 * Enrols machines and makes them available.
	 * @param inventory the inventory
	 * @param names machine names; empty for every machine with a BMC
	 * @return what changed, per machine
	 * @throws UndercloudException when Ironic refuses or a node does not reach available
	 */
	public ChangeReport enroll(Inventory inventory, List<String> names) {
		List<Machine> machines = names.isEmpty()
				? inventory.machines().stream().filter((machine) -> machine.bmc() != null).toList()
				: names.stream()
					.map((name) -> inventory.machine(name).orElseThrow(() -> new UnknownMachineException(name)))
					.toList();
		IronicClient ironic = undercloud.ironic();
		List<String> changes = new ArrayList<>();
		for (Machine machine : machines) {
			changes.addAll(enrollOne(ironic, machine, inventory.credentials()));
		}
		return new ChangeReport(changes);
	}

	/**
	 * Deploys an image onto an available node and waits until it is active.
	 * @param node the node's name
	 * @param image the image
	 * @return what changed: nothing when the node is already active with that image
	 * @throws UndercloudException with Ironic's last_error when the deploy fails or times
	 * out
	 */
	public ChangeReport deploy(String node, DeployImage image) {
		IronicClient ironic = undercloud.ironic();
		JsonNode current = ironic.node(node)
			.orElseThrow(
					() -> UndercloudException.provisionFailed(node, "-", "no such node in Ironic; enrol it first"));
		if ("active".equals(current.path("provision_state").asText())
				&& image.source().equals(current.path("instance_info").path("image_source").asText())) {
			return ChangeReport.unchanged();
		}
		request(ironic, node, image, null, "active");
		ironic.awaitProvisionState(node, "active", Set.of("deploy failed", "error"), timeout());
		return new ChangeReport(List.of("deployed " + image.source() + " on " + node));
	}

	/**
	 * A node's provision state and the deployment it carries.
	 *
	 * @param state Ironic's provision state, e.g. {@code deploying}, {@code active},
	 * {@code deploy failed}
	 * @param imageSource the image of the last deployment requested, or null
	 * @param requestId the request id {@link #startDeploy} stored with it, or null
	 * @param lastError Ironic's last error, or null
	 */
	public record Provision(String state, String imageSource, String requestId, String lastError) {
	}

	/**
	 * Reads a node's provision state; one call.
	 * @param node the node's name
	 * @return the state
	 * @throws UndercloudException when Ironic has no such node or does not answer
	 */
	public Provision provision(String node) {
		JsonNode current = undercloud.ironic()
			.node(node)
			.orElseThrow(
					() -> UndercloudException.provisionFailed(node, "-", "no such node in Ironic; enrol it first"));
		JsonNode info = current.path("instance_info");
		return new Provision(current.path("provision_state").asText(), text(info.path("image_source")),
				text(info.path(REQUEST_ID)), text(current.path("last_error")));
	}

	/**
	 * Starts deploying an image and returns once Ironic accepted it (202), without
	 * waiting: an active node is rebuilt, any other deployed from scratch. The request id
	 * is stored in the node's instance_info, so {@link #provision} tells which request a
	 * deployment belongs to.
	 * @param node the node's name
	 * @param image the image
	 * @param requestId the caller's id of this deployment
	 * @throws UndercloudException when Ironic refuses (e.g. the node is not available)
	 */
	public void startDeploy(String node, DeployImage image, String requestId) {
		String state = provision(node).state();
		request(undercloud.ironic(), node, image, requestId, "active".equals(state) ? "rebuild" : "active");
	}

	private static void request(IronicClient ironic, String node, DeployImage image, String requestId, String target) {
		List<Map<String, Object>> patch = new ArrayList<>(List.of(add("/instance_info/image_source", image.source()),
				add("/instance_info/image_checksum", image.checksum())));
		if (requestId != null) {
			patch.add(add("/instance_info/" + REQUEST_ID, requestId));
		}
		if (image.rootDevice() != null) {
			patch.add(add("/properties/root_device", Map.of("name", image.rootDevice())));
		}
		ironic.call("PATCH", "/v1/nodes/" + node, patch);
		ironic.call("PUT", "/v1/nodes/" + node + "/states/provision", Map.of("target", target));
	}

	private static String text(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node.asText();
	}

	/**
	 * Undeploys a node (Ironic cleans it if cleaning is on) and waits until it is
	 * available again.
	 * @param node the node's name
	 * @return what changed: nothing when the node is already available
	 * @throws UndercloudException when Ironic refuses or the node does not become
	 * available
	 */
	public ChangeReport undeploy(String node) {
		IronicClient ironic = undercloud.ironic();
		JsonNode current = ironic.node(node)
			.orElseThrow(() -> UndercloudException.provisionFailed(node, "-", "no such node in Ironic"));
		if (AVAILABLE.equals(current.path("provision_state").asText())) {
			return ChangeReport.unchanged();
		}
		ironic.call("PUT", "/v1/nodes/" + node + "/states/provision", Map.of("target", "deleted"));
		ironic.awaitProvisionState(node, AVAILABLE, Set.of("clean failed", "error", "deploy failed"), timeout());
		return new ChangeReport(List.of("undeployed " + node));
	}

	private List<String> enrollOne(IronicClient ironic, Machine machine, Map<String, Credential> credentials) {
		NodeSpec spec = NodeSpec.of(machine, credentials, secrets);
		List<String> changes = new ArrayList<>();
		JsonNode node = ironic.node(machine.name()).orElse(null);
		if (node == null) {
			ironic.call("POST", "/v1/nodes", spec.createBody());
			changes.add("created node " + machine.name() + " (" + spec.driver() + ")");
		}
		else if (!spec.matches(node)) {
			ironic.call("PATCH", "/v1/nodes/" + machine.name(), spec.updatePatch());
			changes.add("updated node " + machine.name() + " (" + spec.driver() + ")");
		}
		JsonNode current = ironic.node(machine.name()).orElseThrow();
		changes.addAll(PxePort.sync(ironic, current, machine));
		String state = current.path("provision_state").asText();
		if ("enroll".equals(state)) {
			move(ironic, machine.name(), "manage", MANAGEABLE, "enroll");
			changes.add(machine.name() + ": enroll -> manageable");
			state = MANAGEABLE;
		}
		if (MANAGEABLE.equals(state)) {
			move(ironic, machine.name(), "provide", AVAILABLE, "clean failed");
			changes.add(machine.name() + ": manageable -> available");
		}
		return changes;
	}

	private void move(IronicClient ironic, String node, String target, String wanted, String failed) {
		ironic.call("PUT", "/v1/nodes/" + node + "/states/provision", Map.of("target", target));
		ironic.awaitProvisionState(node, wanted, Set.of(failed), timeout());
	}

	private Duration timeout() {
		return undercloud.properties().deployTimeout();
	}

	static Map<String, Object> add(String path, Object value) {
		Map<String, Object> op = new LinkedHashMap<>();
		op.put("op", "add");
		op.put("path", path);
		op.put("value", value);
		return op;
	}

	/** The driver of a machine's BMC in Ironic's terms. */
	static String driver(Bmc bmc) {
		return switch (bmc.driver()) {
			case IPMI, IPMI_REDFISH -> "ipmi";
			case REDFISH -> "redfish";
			case FAKE -> "fake-hardware";
		};
	}

	static boolean isFake(Bmc bmc) {
		return bmc.driver() == BmcDriver.FAKE;
	}

}
