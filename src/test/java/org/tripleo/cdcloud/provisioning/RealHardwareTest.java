package org.tripleo.cdcloud.provisioning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.bmc.AttributeRegistry;
import org.tripleo.cdcloud.fleet.HardwareDrift;
import org.tripleo.cdcloud.bmc.AttributeRegistry.Attribute;
import org.tripleo.cdcloud.bmc.AttributeRegistry.Type;
import org.tripleo.cdcloud.bmc.BiosInterface;
import org.tripleo.cdcloud.bmc.BmcDriverFactory;
import org.tripleo.cdcloud.bmc.BmcOperationException;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.ComposedDriver;
import org.tripleo.cdcloud.bmc.HardwareType;
import org.tripleo.cdcloud.bmc.ManagementInterface;
import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.bmc.PowerInterface;
import org.tripleo.cdcloud.bmc.RaidInterface;
import org.tripleo.cdcloud.bmc.RaidPlanner;
import org.tripleo.cdcloud.bmc.StorageInfo;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.MachineRole;
import org.tripleo.cdcloud.provisioning.NodeRaid.Plan;
import org.tripleo.cdcloud.ssh.CommandResult;
import org.tripleo.cdcloud.ssh.SshConnection;
import org.tripleo.cdcloud.ssh.SshException;
import org.tripleo.cdcloud.ssh.SshExecutor;
import org.tripleo.cdcloud.ssh.SshTarget;
import org.tripleo.cdcloud.undercloud.BareMetal;
import org.tripleo.cdcloud.undercloud.DeployImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The {@code real} hardware adapters' own logic, on mocked BMC interfaces and Ironic.
 */
class RealHardwareTest {

	static final Machine MACHINE = new Machine("oc-171", MachineRole.OVERCLOUD, "127.0.10.171", "node", "p", null,
			new Bmc(BmcDriver.IPMI_REDFISH, "127.0.10.171", null, null, "bmc"));

	static final HardwareProfile PROFILE = new HardwareProfile("node", 24, 96,
			List.of(new HardwareProfile.Disk(2, 2000)), "raid1", List.of());

	static final long DRIVE = 2_000_398_934_016L;

	PowerInterface power = mock(PowerInterface.class);

	ManagementInterface management = mock(ManagementInterface.class);

	BiosInterface bios = mock(BiosInterface.class);

	RaidInterface raid = mock(RaidInterface.class);

	BmcTarget target = new BmcTarget(MACHINE.name(), MACHINE.bmc(), "admin", null);

	BmcAccess bmc;

	@BeforeEach
	void composeDriver() {
		BmcDriverFactory drivers = mock(BmcDriverFactory.class);
		given(drivers.compose(MACHINE))
			.willReturn(new ComposedDriver(target, HardwareType.IPMI_REDFISH, power, management, bios, raid, null));
		bmc = new BmcAccess(drivers);
	}

	@Nested
	class Power {

		@Test
		void shouldWrapABmcFailureNamingTheMachineAndOperation() {
			// given
			given(power.powerState(target))
				.willThrow(new BmcOperationException("oc-171", "power status", "timeout", null));

			// when / then
			assertThatThrownBy(() -> new BmcPower(bmc).state(MACHINE)).isInstanceOf(NodeHardwareException.class)
				.hasMessageContaining("oc-171: power state: oc-171: power status failed: timeout");
		}

		@Test
		void shouldPowerOffHard() {
			// when
			new BmcPower(bmc).powerOff(MACHINE);

			// then
			then(power).should().power(target, PowerAction.OFF);
		}

	}

	@Nested
	class Boot {

		@Test
		void shouldNotCountPxeOnceAsPersistent() {
			// given
			given(management.bootDevice(target)).willReturn(new BootSetting(BootDevice.PXE, false));

			// when / then
			assertThat(new BmcBoot(bmc).isPxe(MACHINE, true)).isFalse();
			assertThat(new BmcBoot(bmc).isPxe(MACHINE, false)).isTrue();
		}

	}

	@Nested
	class Bios {

		final BiosProfile profile = new BiosProfile("p", "m", "d",
				Map.of("BootMode", "LegacyBios", "ProcVirtualization", "Enabled"), Map.of("BootMode", "LegacyBios"));

		@BeforeEach
		void registry() {
			given(bios.registry(target)).willReturn(new AttributeRegistry(Map.of("BootMode",
					new Attribute("BootMode", Type.ENUMERATION, false, List.of("Uefi", "LegacyBios"), null, null, null),
					"ProcVirtualization", new Attribute("ProcVirtualization", Type.ENUMERATION, false,
							List.of("Disabled", "Enabled"), null, null, null))));
		}

		@Test
		void shouldCountPendingValuesAsSetWhileTheNodeIsOff() {
			// given
			given(bios.attributes(target)).willReturn(Map.of("BootMode", "Uefi", "ProcVirtualization", "Disabled"));
			given(bios.pendingAttributes(target)).willReturn(Map.of("BootMode", "LegacyBios"));

			// when / then
			assertThat(new BmcBios(bmc).diff(MACHINE, profile))
				.containsExactly(Map.entry("ProcVirtualization", "Enabled"));
			assertThat(new BmcBios(bmc).unapplied(MACHINE, profile)).isEmpty();
		}

		@Test
		void shouldNameExpectedAttributesThatDoNotHold() {
			// given
			given(bios.attributes(target)).willReturn(Map.of("BootMode", "Uefi"));
			given(bios.pendingAttributes(target)).willReturn(Map.of());

			// when / then
			assertThat(new BmcBios(bmc).unapplied(MACHINE, profile)).containsExactly("BootMode");
		}

		@Test
		void shouldRefuseAValueOutsideTheRegistryBeforeWriting() {
			// when / then
			assertThatThrownBy(() -> new BmcBios(bmc).apply(MACHINE, Map.of("BootMode", "Floppy")))
				.isInstanceOf(NodeHardwareException.class)
				.hasMessageContaining("BootMode=Floppy");
			then(bios).should(never()).stage(any(), any());
		}

		@Test
		void shouldStageTypedValues() {
			// when
			new BmcBios(bmc).apply(MACHINE, Map.of("BootMode", "LegacyBios"));

			// then
			then(bios).should().stage(target, Map.of("BootMode", "LegacyBios"));
		}

	}

	@Nested
	class Raid {

		@Test
		void shouldPlanFromTheVolumesTheBmcReports() {
			assertThat(BmcRaid.plan(PROFILE, storage())).isEqualTo(Plan.CREATE);
			assertThat(BmcRaid.plan(PROFILE, storage(volume("RAID1", DRIVE, 2)))).isEqualTo(Plan.NONE);
			assertThat(BmcRaid.plan(PROFILE, storage(volume("RAID0", 2 * DRIVE, 2))))
				.isEqualTo(Plan.DESTRUCTIVE_REPLACE);
			assertThat(BmcRaid.plan(PROFILE, storage(volume("RAID1", 500_000_000_000L, 2))))
				.isEqualTo(Plan.DESTRUCTIVE_REPLACE);
			assertThat(BmcRaid.plan(new HardwareProfile("n", 24, 96, PROFILE.disks(), null, List.of()), storage()))
				.isEqualTo(Plan.NONE);
		}

		@Test
		void shouldDeleteTheForeignVolumeThenCreateTheRaid1() {
			// given
			given(raid.storage(target)).willReturn(storage(volume("RAID0", 2 * DRIVE, 2)), storage());

			// when
			new BmcRaid(bmc).apply(MACHINE, PROFILE, Plan.DESTRUCTIVE_REPLACE);

			// then
			var order = inOrder(raid);
			order.verify(raid).deleteVolume(target, "c/v1");
			order.verify(raid)
				.createRaid1(target, BmcRaid.VOLUME, new RaidPlanner.Plan("c", List.of("c/d0", "c/d1"), DRIVE));
		}

		StorageInfo.Volume volume(String type, long bytes, int drives) {
			return new StorageInfo.Volume("c/v1", "v", type, bytes, List.of("c/d0", "c/d1").subList(0, drives));
		}

		StorageInfo storage(StorageInfo.Volume... volumes) {
			return new StorageInfo(List.of(new StorageInfo.Controller("c", "Smart Array", List.of("RAID0", "RAID1"),
					List.of(new StorageInfo.Drive("c/d0", "d0", DRIVE, "HDD"),
							new StorageInfo.Drive("c/d1", "d1", DRIVE, "HDD")),
					List.of(volumes))));
		}

	}

	@Nested
	class Deploy {

		BareMetal bareMetal = mock(BareMetal.class);

		DeployImage image = new DeployImage("http://images/overcloud-full.qcow2", "abc", null);

		IronicDeploy deploy = new IronicDeploy(bareMetal, Map.of("overcloud-full", image));

		@Test
		void shouldIgnoreARequestIdOnAnAvailableNode() {
			// given a crash between storing the request id and the provision request
			given(bareMetal.provision("oc-171"))
				.willReturn(new BareMetal.Provision("available", image.source(), "run-1", null));

			// when / then
			assertThat(deploy.deployment(MACHINE).covers("run-1")).isFalse();
		}

		@Test
		void shouldCoverTheRunWhileIronicDeploysIt() {
			// given
			given(bareMetal.provision("oc-171"))
				.willReturn(new BareMetal.Provision("wait call-back", image.source(), "run-1", null));

			// when / then
			assertThat(deploy.deployment(MACHINE).covers("run-1")).isTrue();
		}

		@Test
		void shouldStartTheConfiguredImageWithTheRunAsRequestId() {
			// when
			deploy.start(MACHINE, "overcloud-full", "run-1");

			// then
			then(bareMetal).should().startDeploy("oc-171", image, "run-1");
		}

		@Test
		void shouldRefuseAnImageWithoutConfiguration() {
			// when / then
			assertThatThrownBy(() -> deploy.start(MACHINE, "centos", "run-1")).isInstanceOf(NodeHardwareException.class)
				.hasMessageContaining("no image 'centos' under cdcloud.provisioning.images");
			then(bareMetal).should(never()).startDeploy(anyString(), any(), anyString());
		}

	}

	@Nested
	class Verifier {

		SshExecutor ssh = mock(SshExecutor.class);

		SshTarget node = new SshTarget("oc-171", "127.0.10.171", 22);

		@BeforeEach
		void target() {
			given(ssh.target("oc-171", "127.0.10.171")).willReturn(node);
		}

		@Test
		void shouldReportANodeThatDoesNotAnswerYetAsUnreachable() {
			// given
			SshException failure = sshFailure("SSH-001");
			given(ssh.connect(node)).willThrow(failure);

			// when / then
			assertThat(new SshVerifier(ssh).verify(MACHINE, PROFILE).reachable()).isFalse();
		}

		@Test
		void shouldFailOnARefusedHostKey() {
			// given
			SshException failure = sshFailure("SSH-003");
			given(ssh.connect(node)).willThrow(failure);

			// when / then
			assertThatThrownBy(() -> new SshVerifier(ssh).verify(MACHINE, PROFILE))
				.isInstanceOf(NodeHardwareException.class);
		}

		@Test
		void shouldReportDriftByFactName() {
			// given
			SshConnection connection = mock(SshConnection.class);
			given(ssh.connect(node)).willReturn(connection);
			given(connection.run(eq(HardwareDrift.FACTS_COMMAND), any()))
				.willReturn(new CommandResult(0, "24\n67000000\n2000398934016\n10000\n", "", 5, false));

			// when
			NodeVerifier.Verification verification = new SshVerifier(ssh).verify(MACHINE, PROFILE);

			// then
			assertThat(verification.reachable()).isTrue();
			assertThat(verification.drift()).singleElement().asString().startsWith("memory:");
			then(connection).should().close();
		}

		SshException sshFailure(String code) {
			SshException failure = mock(SshException.class);
			given(failure.code()).willReturn(code);
			given(failure.getMessage()).willReturn(code);
			return failure;
		}

	}

}
