package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.inventory.Credential;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.MachineRole;
import org.tripleo.cdcloud.secrets.SecretReference;
import org.tripleo.cdcloud.team.ChangeReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A standalone Ironic (noauth) from Debian's packages on 127.0.13.1:6385 and an ipmi_sim
 * BMC on 127.0.13.10:6230: enrolment, deploy, undeploy and their failures.
 */
@ExtendWith(OutputCaptureExtension.class)
class IronicIT {

	private static final String CLOUD = """
			clouds:
			  rig:
			    auth_type: none
			    baremetal_endpoint_override: http://127.0.13.1:6385
			""";

	private static final Map<String, String> ENV = Map.of("RIG_BMC_PASSWORD", "rig-bmc-secret");

	@TempDir
	static Path dir;

	static OpenStackRig ironic;

	static OpenStackRig bmc;

	static Undercloud undercloud;

	static BareMetal bareMetal;

	@BeforeAll
	static void startRigs() {
		bmc = OpenStackRig.ipmiSim(dir.resolve("bmc"), "127.0.13.10", 6230, ENV.get("RIG_BMC_PASSWORD"));
		ironic = OpenStackRig.ironic(dir.resolve("ironic"));
		undercloud = Rigs.undercloud(dir, CLOUD, ENV);
		bareMetal = new BareMetal(undercloud, Rigs.secrets(dir, ENV));
	}

	@AfterAll
	static void stopRigs() {
		if (ironic != null) {
			ironic.close();
		}
		if (bmc != null) {
			bmc.close();
		}
	}

	@Test
	void shouldEnrolAnIpmiNodeReadingPowerThroughIronicAndReEnrolWithoutChange() throws IOException {
		// when
		ChangeReport first = bareMetal.enroll(inventory(), List.of("oc-ipmi"));
		ChangeReport second = bareMetal.enroll(inventory(), List.of("oc-ipmi"));

		// then
		assertThat(first.changes()).containsExactly("created node oc-ipmi (ipmi)",
				"oc-ipmi: created PXE port 52:54:00:13:00:01", "oc-ipmi: enroll -> manageable",
				"oc-ipmi: manageable -> available");
		assertThat(second.changed()).isFalse();
		JsonNode node = undercloud.ironic().node("oc-ipmi").orElseThrow();
		assertThat(node.path("provision_state").asText()).isEqualTo("available");
		assertThat(node.path("power_state").asText()).isEqualTo(bmcPower());
		assertThat(node.path("driver_info").path("ipmi_address").asText()).isEqualTo("127.0.13.10");
		assertThat(node.path("driver_info").path("ipmi_password").asText()).isEqualTo("******");
	}

	@Test
	void shouldPushAChangedBmcPasswordOnReEnrolOnlyWhenItChanged() {
		// given a node enrolled with the BMC's password
		Machine machine = new Machine("oc-password", MachineRole.OVERCLOUD, "127.0.10.175", null, null, null,
				new Bmc(BmcDriver.IPMI, "127.0.13.10", 6230, null, "bmc-rig"));
		bareMetal.enroll(inventory(machine), List.of("oc-password"));
		BareMetal rotated = new BareMetal(undercloud, Rigs.secrets(dir, Map.of("RIG_BMC_PASSWORD", "rotated-secret")));

		// when the credential's secret changes
		ChangeReport pushed = rotated.enroll(inventory(machine), List.of("oc-password"));
		ChangeReport again = rotated.enroll(inventory(machine), List.of("oc-password"));

		// then
		assertThat(pushed.changes()).containsExactly("updated node oc-password (ipmi)");
		assertThat(again.changed()).isFalse();
		JsonNode node = undercloud.ironic().node("oc-password").orElseThrow();
		String hash = node.path("extra").path(NodeSpec.PASSWORD_HASH).asText();
		assertThat(hash).startsWith("$2").doesNotContain("rotated-secret");
		assertThat(node.path("driver_info").path("ipmi_password").asText()).isEqualTo("******");
		assertThat(bareMetal.enroll(inventory(machine), List.of("oc-password")).changes())
			.containsExactly("updated node oc-password (ipmi)");
	}

	@Test
	void shouldKeepOnePxePortForTheMacOfMachinesYamlAndReplaceItWhenTheMacChanges() {
		// given
		Machine machine = fake("oc-port", "52:54:00:13:00:AA");

		// when
		ChangeReport first = bareMetal.enroll(inventory(machine), List.of("oc-port"));
		ChangeReport again = bareMetal.enroll(inventory(machine), List.of("oc-port"));
		ChangeReport changed = bareMetal.enroll(inventory(fake("oc-port", "52:54:00:13:00:bb")), List.of("oc-port"));

		// then
		assertThat(first.changes()).contains("oc-port: created PXE port 52:54:00:13:00:aa");
		assertThat(again.changed()).isFalse();
		assertThat(changed.changes()).containsExactly("oc-port: deleted port 52:54:00:13:00:aa",
				"oc-port: created PXE port 52:54:00:13:00:bb");
		String uuid = undercloud.ironic().node("oc-port").orElseThrow().path("uuid").asText();
		JsonNode ports = undercloud.ironic().call("GET", "/v1/ports?node=" + uuid + "&detail=true", null).path("ports");
		assertThat(ports).singleElement().satisfies((port) -> {
			assertThat(port.path("address").asText()).isEqualTo("52:54:00:13:00:bb");
			assertThat(port.path("pxe_enabled").asBoolean()).isTrue();
		});
	}

	@Test
	void shouldDeployAndUndeployAFakeHardwareNode() {
		// given
		bareMetal.enroll(inventory(), List.of("oc-fake"));
		DeployImage image = new DeployImage("http://127.0.13.1:1/overcloud-full.qcow2",
				"0123456789abcdef0123456789abcdef", "/dev/sda");

		// when
		ChangeReport deployed = bareMetal.deploy("oc-fake", image);
		ChangeReport again = bareMetal.deploy("oc-fake", image);
		JsonNode active = undercloud.ironic().node("oc-fake").orElseThrow();
		ChangeReport undeployed = bareMetal.undeploy("oc-fake");

		// then
		assertThat(deployed.changes()).containsExactly("deployed " + image.source() + " on oc-fake");
		assertThat(again.changed()).isFalse();
		assertThat(active.path("provision_state").asText()).isEqualTo("active");
		assertThat(active.path("instance_info").path("image_source").asText()).isEqualTo(image.source());
		assertThat(active.path("properties").path("root_device").path("name").asText()).isEqualTo("/dev/sda");
		assertThat(undeployed.changes()).containsExactly("undeployed oc-fake");
		assertThat(undercloud.ironic().node("oc-fake").orElseThrow().path("provision_state").asText())
			.isEqualTo("available");
	}

	@Test
	void shouldSurfaceLastErrorWhenTheDeployFails() {
		// given a fake node with the agent-based direct deploy, whose conductor checks
		// the image URL before deploying: nothing answers on it
		bareMetal.enroll(inventory(), List.of("oc-doomed"));
		undercloud.ironic()
			.call("PATCH", "/v1/nodes/oc-doomed",
					List.of(Map.of("op", "replace", "path", "/deploy_interface", "value", "direct")));

		// when / then
		assertThatThrownBy(() -> bareMetal.deploy("oc-doomed",
				new DeployImage("http://127.0.13.1:1/img.qcow2", "0123456789abcdef0123456789abcdef", null)))
			.isInstanceOf(UndercloudException.class)
			.hasMessageContaining("node oc-doomed is in provision state 'deploy failed'")
			.hasMessageContaining("Validation of image href http://127.0.13.1:1/img.qcow2 failed");
	}

	@Test
	void shouldSurfaceIronicsErrorMessage() {
		// when / then
		assertThatThrownBy(() -> undercloud.ironic()
			.call("PUT", "/v1/nodes/no-such-node/states/provision", Map.of("target", "active")))
			.isInstanceOf(UndercloudException.class)
			.hasMessageContaining("(404)")
			.hasMessageContaining("Node no-such-node could not be found");
	}

	@Test
	void shouldRetryWhileTheNodeIsLocked(CapturedOutput output) {
		// given the conductor holding the ipmi node's lock while ipmitool tries, for the
		// rig's command_retry_timeout of 5 s, to power it on through a BMC address where
		// nothing answers (the PUT answers 202 at once; a live BMC could answer before
		// the PATCH arrives)
		bareMetal.enroll(inventory(), List.of("oc-busy"));
		IronicClient client = undercloud.ironic();
		client.call("PATCH", "/v1/nodes/oc-busy",
				List.of(Map.of("op", "replace", "path", "/driver_info/ipmi_address", "value", "127.0.13.11")));
		client.call("PUT", "/v1/nodes/oc-busy/states/power", Map.of("target", "power on"));

		// when
		JsonNode patched = client.call("PATCH", "/v1/nodes/oc-busy",
				List.of(Map.of("op", "add", "path", "/extra/rack", "value", "r1")));

		// then
		assertThat(output).contains("UC-IRONIC-LOCKED PATCH /v1/nodes/oc-busy: node locked, retry 1");
		assertThat(patched.path("extra").path("rack").asText()).isEqualTo("r1");
	}

	/** What ipmi_sim's chassis program holds. */
	private static String bmcPower() throws IOException {
		Path power = bmc.dir().resolve("chassis/power");
		boolean on = Files.exists(power) && Files.readString(power).strip().equals("1");
		return on ? "power on" : "power off";
	}

	private static Inventory inventory() {
		Machine ipmi = new Machine("oc-ipmi", MachineRole.OVERCLOUD, "127.0.10.171", null, null, "52:54:00:13:00:01",
				new Bmc(BmcDriver.IPMI, "127.0.13.10", 6230, null, "bmc-rig"));
		Machine busy = new Machine("oc-busy", MachineRole.OVERCLOUD, "127.0.10.174", null, null, null,
				new Bmc(BmcDriver.IPMI, "127.0.13.10", 6230, null, "bmc-rig"));
		return inventory(ipmi, fake("oc-fake", null), fake("oc-doomed", null), busy);
	}

	private static Inventory inventory(Machine... machines) {
		Credential credential = new Credential("bmc-rig", "admin", SecretReference.parse("env:RIG_BMC_PASSWORD"));
		return new Inventory(dir, dir, null, Map.of(), Map.of("bmc-rig", credential), List.of(machines), List.of(),
				List.of(), Map.of());
	}

	private static Machine fake(String name, String eth2Mac) {
		return new Machine(name, MachineRole.OVERCLOUD, "127.0.10.172", null, null, eth2Mac,
				new Bmc(BmcDriver.FAKE, null, null, null, null));
	}

}
