package org.tripleo.cdcloud.bmc.ipmi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripleo.cdcloud.bmc.BmcOperationException;
import org.tripleo.cdcloud.bmc.BmcProperties;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.bmc.PowerState;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.secrets.Secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The IPMI driver against real {@code ipmi_sim} BMCs, every result cross-checked with
 * {@code ipmitool -I lanplus -C 3} and the simulator's chassis state.
 */
class IpmiDriverIT {

	@TempDir
	static Path dir;

	static IpmiSimRig rig;

	static IpmiSessions sessions;

	static IpmiDriver driver;

	@BeforeAll
	static void startBmcs() throws Exception {
		rig = IpmiSimRig.start(2, dir);
		sessions = new IpmiSessions(properties(Duration.ofSeconds(5)));
		driver = new IpmiDriver(sessions);
	}

	@AfterAll
	static void stopBmcs() throws Exception {
		sessions.destroy();
		rig.close();
	}

	static BmcProperties properties(Duration deadline) {
		return new BmcProperties(null, List.of("ipmi"), 18, new BmcProperties.Ipmi(3, deadline, Duration.ofSeconds(1)),
				new BmcProperties.Redfish(null, Duration.ofSeconds(1), Duration.ofSeconds(1), 0,
						Duration.ofSeconds(1)));
	}

	static BmcTarget target(int index, String password) {
		return new BmcTarget("oc-" + (171 + index),
				new Bmc(BmcDriver.IPMI, IpmiSimRig.address(index), IpmiSimRig.PORT, null, "bmc"), IpmiSimRig.USER,
				Secret.of(password));
	}

	@Test
	void powerOnAndOffAgreeWithIpmitool() throws Exception {
		BmcTarget bmc = target(0, IpmiSimRig.PASSWORD);
		// when
		driver.power(bmc, PowerAction.ON);
		// then
		assertThat(rig.chassisState(0, "power")).isEqualTo("1");
		assertThat(driver.powerState(bmc)).isEqualTo(PowerState.ON);
		assertThat(IpmiSimRig.ipmitool(0, "chassis", "power", "status")).contains("Chassis Power is on");
		// when
		driver.power(bmc, PowerAction.OFF);
		// then
		assertThat(rig.chassisState(0, "power")).isEqualTo("0");
		assertThat(driver.powerState(bmc)).isEqualTo(PowerState.OFF);
		assertThat(IpmiSimRig.ipmitool(0, "chassis", "power", "status")).contains("Chassis Power is off");
	}

	@Test
	void powerStateSetByIpmitoolIsReadBack() throws Exception {
		BmcTarget bmc = target(1, IpmiSimRig.PASSWORD);
		IpmiSimRig.ipmitool(1, "chassis", "power", "on");
		assertThat(driver.powerState(bmc)).isEqualTo(PowerState.ON);
		IpmiSimRig.ipmitool(1, "chassis", "power", "off");
		assertThat(driver.powerState(bmc)).isEqualTo(PowerState.OFF);
	}

	@Test
	void bootPxeIsWhatIpmitoolReads() throws Exception {
		BmcTarget bmc = target(0, IpmiSimRig.PASSWORD);
		// when
		driver.setBootDevice(bmc, new BootSetting(BootDevice.PXE, true));
		// then
		assertThat(rig.chassisState(0, "boot")).isEqualTo("pxe");
		assertThat(IpmiSimRig.ipmitool(0, "chassis", "bootparam", "get", "5")).contains("Force PXE");
		assertThat(driver.bootDevice(bmc).device()).isEqualTo(BootDevice.PXE);
	}

	@Test
	void bootDeviceSetByIpmitoolIsReadBack() throws Exception {
		BmcTarget bmc = target(1, IpmiSimRig.PASSWORD);
		IpmiSimRig.ipmitool(1, "chassis", "bootdev", "disk");
		assertThat(driver.bootDevice(bmc).device()).isEqualTo(BootDevice.DISK);
		IpmiSimRig.ipmitool(1, "chassis", "bootdev", "bios");
		assertThat(driver.bootDevice(bmc).device()).isEqualTo(BootDevice.BIOS_SETUP);
		driver.setBootDevice(bmc, new BootSetting(BootDevice.DISK, false));
		assertThat(IpmiSimRig.ipmitool(1, "chassis", "bootparam", "get", "5"))
			.contains("Force Boot from default Hard-Drive");
	}

	@Test
	void powerCycleLeavesTheMachineOn() throws Exception {
		BmcTarget bmc = target(1, IpmiSimRig.PASSWORD);
		driver.power(bmc, PowerAction.ON);
		// when
		driver.power(bmc, PowerAction.CYCLE);
		// then ipmi_sim powers off at once and on again about a second later
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (driver.powerState(bmc) != PowerState.ON && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(driver.powerState(bmc)).isEqualTo(PowerState.ON);
		assertThat(IpmiSimRig.ipmitool(1, "chassis", "power", "status")).contains("Chassis Power is on");
		assertThat(rig.chassisState(1, "calls.log")).containsSubsequence("set power 0", "set power 1");
	}

	@Test
	void wrongPasswordNamesTheMachineAndIsNotRetriedForever() {
		BmcTarget bmc = new BmcTarget("oc-wrong",
				new Bmc(BmcDriver.IPMI, IpmiSimRig.address(0), IpmiSimRig.PORT, null, "bmc"), "admin",
				Secret.of("not-the-password"));
		long start = System.nanoTime();
		assertThatThrownBy(() -> driver.powerState(bmc)).isInstanceOf(BmcOperationException.class)
			.hasMessageContaining("oc-wrong")
			.hasMessageContaining("session refused")
			.hasMessageNotContaining("not-the-password");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void silentBmcFailsWithinTheDeadline() {
		IpmiSessions shortDeadline = new IpmiSessions(properties(Duration.ofSeconds(2)));
		IpmiDriver impatient = new IpmiDriver(shortDeadline);
		// no simulator listens on 127.0.10.188
		BmcTarget silent = new BmcTarget("oc-188", new Bmc(BmcDriver.IPMI, "127.0.10.188", IpmiSimRig.PORT, null, "b"),
				"admin", Secret.of("password"));
		long start = System.nanoTime();
		try {
			assertThatThrownBy(() -> impatient.powerState(silent)).isInstanceOf(BmcOperationException.class)
				.hasMessageContaining("oc-188")
				.hasMessageContaining("no answer within PT2S");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
		finally {
			shortDeadline.destroy();
		}
	}

}
