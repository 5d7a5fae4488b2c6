package org.tripleo.cdcloud.bmc.redfish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripleo.cdcloud.bmc.BiosProfileException;
import org.tripleo.cdcloud.bmc.BiosService;
import org.tripleo.cdcloud.bmc.BiosSettings;
import org.tripleo.cdcloud.bmc.BmcDriverFactory;
import org.tripleo.cdcloud.bmc.BmcProperties;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.HardwareInventory;
import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.bmc.PowerState;
import org.tripleo.cdcloud.bmc.RaidPlanner;
import org.tripleo.cdcloud.bmc.StorageInfo;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.inventory.Credential;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.MachineRole;
import org.tripleo.cdcloud.secrets.Secret;
import org.tripleo.cdcloud.secrets.SecretReference;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Redfish driver and the BIOS flow against the HTTPS fixture, its certificate pinned;
 * each test gets a fresh fixture.
 */
class RedfishDriverIT {

	@TempDir
	static Path dir;

	static SelfSignedCertificate certificate;

	RedfishFixture fixture;

	RedfishDriver driver;

	BmcTarget target;

	Machine machine;

	@BeforeAll
	static void certificate() throws Exception {
		certificate = SelfSignedCertificate.create(dir);
	}

	@BeforeEach
	void startFixture() throws Exception {
		fixture = new RedfishFixture(certificate);
		driver = new RedfishDriver(properties(certificate.pem()));
		Bmc bmc = new Bmc(BmcDriver.REDFISH, null, null, fixture.url(), "bmc");
		target = new BmcTarget("oc-171", bmc, RedfishFixture.USER, Secret.of(RedfishFixture.PASSWORD));
		machine = new Machine("oc-171", MachineRole.OVERCLOUD, "127.0.10.171", null, "p", null, bmc);
	}

	@AfterEach
	void stopFixture() {
		driver.destroy();
		fixture.close();
	}

	static BmcProperties properties(Path caFile) {
		return new BmcProperties(null, List.of("redfish"), 4,
				new BmcProperties.Ipmi(3, Duration.ofSeconds(5), Duration.ofSeconds(1)), new BmcProperties.Redfish(
						caFile, Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofSeconds(20)));
	}

	BiosService biosService() {
		Inventory inventory = new Inventory(dir, dir, null, Map.of(),
				Map.of("bmc",
						new Credential("bmc", RedfishFixture.USER, SecretReference.parse("env:FIXTURE_PASSWORD"))),
				List.of(machine), List.of(), List.of(), Map.of());
		SecretResolver secrets = new SecretResolver(new SecretsProperties(dir.resolve("s"), "UNUSED"),
				(name) -> "FIXTURE_PASSWORD".equals(name) ? RedfishFixture.PASSWORD : null);
		return new BiosService(new BmcDriverFactory(List.of(driver), List.of(driver), List.of(driver), List.of(driver),
				List.of(driver), properties(certificate.pem()), inventory, secrets));
	}

	static BiosProfile profile(Map<String, String> settings) {
		return new BiosProfile("sl230s", "HP ProLiant SL230s Gen8", "test", settings, Map.of());
	}

	@Test
	void systemIsDiscoveredAndDescribed() {
		assertThat(driver.powerState(target)).isEqualTo(PowerState.OFF);
		HardwareInventory inventory = driver.inspect(target);
		assertThat(inventory.model()).isEqualTo("ProLiant SL230s Gen8");
		assertThat(inventory.cpuCores()).isEqualTo(24);
		assertThat(inventory.memoryGib()).isEqualTo(96);
		assertThat(inventory.nics()).containsExactly(new HardwareInventory.Nic("eth2", "00:02:c9:c5:50:50"));
	}

	@Test
	void powerOnAndPxeOnceChangeTheFixture() {
		driver.power(target, PowerAction.ON);
		driver.setBootDevice(target, new BootSetting(BootDevice.PXE, false));
		assertThat(fixture.resources.get(FixtureResources.SYSTEM).path("PowerState").asText()).isEqualTo("On");
		assertThat(fixture.resources.get(FixtureResources.SYSTEM).at("/Boot/BootSourceOverrideTarget").asText())
			.isEqualTo("Pxe");
		assertThat(driver.bootDevice(target)).isEqualTo(new BootSetting(BootDevice.PXE, false));
	}

	@Test
	void sessionIsReusedAndDeletedOnClose() {
		driver.powerState(target);
		driver.attributes(target);
		assertThat(fixture.logins.get()).isEqualTo(1);
		assertThat(fixture.tokens).hasSize(1);
		driver.destroy();
		assertThat(fixture.tokens).isEmpty();
	}

	@Test
	void profileIsAppliedOnResetAndVerified() {
		Map<String, String> settings = Map.of("PciSlot1Enable", "Enabled", "Slot1NicBoot1", "NetworkBoot",
				"NetworkBootRetryCount", "5");
		List<BiosSettings.Change> changes = biosService().apply(machine, profile(settings));
		assertThat(changes).extracting(BiosSettings.Change::name)
			.containsExactlyInAnyOrder("PciSlot1Enable", "Slot1NicBoot1", "NetworkBootRetryCount");
		assertThat(driver.attributes(target)).containsAllEntriesOf(settings);
		assertThat(driver.pendingAttributes(target)).isEmpty();
		// and a second run finds nothing to do, so it does not reset
		String etag = fixture.resources.etag(FixtureResources.SYSTEM);
		assertThat(biosService().apply(machine, profile(settings))).isEmpty();
		assertThat(fixture.resources.etag(FixtureResources.SYSTEM)).isEqualTo(etag);
	}

	@Test
	void profileNotFittingTheRegistryFailsBeforeAnyWrite() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("NoSuchAttribute", "1");
		settings.put("NicBoot1", "Maybe");
		settings.put("ServerAssetTag", "x");
		settings.put("NetworkBootRetryCount", "99");
		String etag = fixture.resources.etag(FixtureResources.SETTINGS);
		assertThatThrownBy(() -> biosService().apply(machine, profile(settings)))
			.isInstanceOf(BiosProfileException.class)
			.hasMessageContaining("NoSuchAttribute=1: unknown attribute")
			.hasMessageContaining("NicBoot1=Maybe: not one of")
			.hasMessageContaining("ServerAssetTag=x: read-only")
			.hasMessageContaining("NetworkBootRetryCount=99: outside 0..20");
		assertThat(fixture.resources.etag(FixtureResources.SETTINGS)).isEqualTo(etag);
	}

	@Test
	void attributeTheBmcRejectsIsNamed() {
		fixture.faults.rejectAttribute = "NicBoot1";
		assertThatThrownBy(() -> biosService().apply(machine, profile(Map.of("NicBoot1", "Disabled"))))
			.isInstanceOfSatisfying(RedfishException.class, (ex) -> {
				assertThat(ex.httpStatus()).isEqualTo(400);
				assertThat(ex.relatedProperties()).containsExactly("#/Attributes/NicBoot1");
				assertThat(ex.messageId()).isEqualTo("Base.1.8.PropertyNotWritable");
			});
	}

	@Test
	void attributeNotAppliedOnResetIsNamed() {
		fixture.faults.ignoreOnReset = "Slot1NicBoot1";
		assertThatThrownBy(() -> biosService().apply(machine,
				profile(Map.of("Slot1NicBoot1", "NetworkBoot", "PciSlot1Enable", "Enabled"))))
			.isInstanceOf(BiosProfileException.class)
			.hasMessageContaining("was not applied")
			.hasMessageContaining("Slot1NicBoot1 is Disabled, wanted NetworkBoot")
			.hasMessageNotContaining("PciSlot1Enable is");
	}

	@Test
	void etagMismatchIsRefusedNotOverwritten() {
		fixture.faults.etagMismatch = true;
		assertThatThrownBy(() -> driver.setBootDevice(target, new BootSetting(BootDevice.PXE, true)))
			.isInstanceOfSatisfying(RedfishException.class, (ex) -> assertThat(ex.httpStatus()).isEqualTo(412));
		assertThat(fixture.resources.get(FixtureResources.SYSTEM).at("/Boot/BootSourceOverrideTarget").asText())
			.isEqualTo("None");
	}

	@Test
	void serviceUnavailableIsRetriedAfterRetryAfter() {
		fixture.faults.unavailable.set(2);
		assertThat(driver.powerState(target)).isEqualTo(PowerState.OFF);
		assertThat(fixture.faults.unavailable.get()).isZero();
	}

	@Test
	void droppedConnectionIsRetriedForReadsOnly() {
		driver.powerState(target);
		fixture.faults.drop.set(1);
		assertThat(driver.powerState(target)).isEqualTo(PowerState.OFF);
		fixture.faults.dropMethod = "POST";
		fixture.faults.drop.set(1);
		// a POST may have been done before the connection dropped: it is not repeated
		assertThatThrownBy(() -> driver.power(target, PowerAction.ON)).isInstanceOf(RedfishException.class)
			.hasMessageContaining("ComputerSystem.Reset answered nothing");
		assertThat(fixture.faults.drop.get()).isZero();
		assertThat(fixture.resources.get(FixtureResources.SYSTEM).path("PowerState").asText()).isEqualTo("Off");
	}

	@Test
	void raid1IsCreatedOverTheTwoDrivesThroughATask() {
		StorageInfo storage = driver.storage(target);
		RaidPlanner.Plan plan = RaidPlanner.raid1(storage, 1_000_000_000_000L).orElseThrow();
		StorageInfo.Volume volume = driver.createRaid1(target, "os", plan);
		assertThat(volume.raidType()).isEqualTo("RAID1");
		assertThat(volume.driveIds()).hasSize(2);
		assertThat(RaidPlanner.existingRaid1(driver.storage(target))).contains(volume);
		assertThat(RaidPlanner.raid1(driver.storage(target), 1)).isEmpty();
		driver.deleteVolume(target, volume.id());
		assertThat(RaidPlanner.existingRaid1(driver.storage(target))).isEmpty();
	}

	@Test
	void failedTaskIsReportedWithTheBmcMessage() {
		fixture.faults.failTask = true;
		RaidPlanner.Plan plan = RaidPlanner.raid1(driver.storage(target), 1).orElseThrow();
		assertThatThrownBy(() -> driver.createRaid1(target, "os", plan)).isInstanceOf(RedfishException.class)
			.hasMessageContaining("task Exception")
			.hasMessageContaining("drives not in a ready state");
	}

	@Test
	void unpinnedSelfSignedCertificateIsRefused() {
		RedfishDriver trusting = new RedfishDriver(properties(null));
		try {
			assertThatThrownBy(() -> trusting.powerState(target)).isInstanceOf(RedfishException.class)
				.hasMessageContaining("answered nothing")
				.hasMessageContaining("SSLHandshakeException");
		}
		finally {
			trusting.destroy();
		}
	}

}
