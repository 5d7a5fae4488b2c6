package org.tripleo.cdcloud.bmc;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.inventory.Credential;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.MachineRole;
import org.tripleo.cdcloud.secrets.SecretReference;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BmcDriverFactoryTest {

	/** A stand-in implementation of every capability under one id. */
	record Stub(
			String id) implements PowerInterface, ManagementInterface, BiosInterface, RaidInterface, InspectInterface {

		@Override
		public void validate(BmcTarget target) {
		}

		@Override
		public PowerState powerState(BmcTarget target) {
			return PowerState.ON;
		}

		@Override
		public void power(BmcTarget target, PowerAction action) {
		}

		@Override
		public BootSetting bootDevice(BmcTarget target) {
			return null;
		}

		@Override
		public void setBootDevice(BmcTarget target, BootSetting setting) {
		}

		@Override
		public Map<String, String> attributes(BmcTarget target) {
			return Map.of();
		}

		@Override
		public Map<String, String> pendingAttributes(BmcTarget target) {
			return Map.of();
		}

		@Override
		public AttributeRegistry registry(BmcTarget target) {
			return null;
		}

		@Override
		public void stage(BmcTarget target, Map<String, Object> values) {
		}

		@Override
		public StorageInfo storage(BmcTarget target) {
			return null;
		}

		@Override
		public StorageInfo.Volume createRaid1(BmcTarget target, String name, RaidPlanner.Plan plan) {
			return null;
		}

		@Override
		public void deleteVolume(BmcTarget target, String volumeId) {
		}

		@Override
		public HardwareInventory inspect(BmcTarget target) {
			return null;
		}

	}

	static final Stub IPMI = new Stub("ipmi");

	static final Stub REDFISH = new Stub("redfish");

	static final Stub FAKE = new Stub("fake");

	static Machine machine(BmcDriver driver) {
		return new Machine("oc-171", MachineRole.OVERCLOUD, "127.0.10.171", null, null, null,
				new Bmc(driver, "127.0.10.171", null, URI.create("https://127.0.10.171"), "bmc"));
	}

	static BmcDriverFactory factory(String force, List<String> enabled) {
		Inventory inventory = new Inventory(Path.of("."), Path.of("."), null, Map.of(),
				Map.of("bmc", new Credential("bmc", "admin", SecretReference.parse("env:BMC_PW"))), List.of(),
				List.of(), List.of(), Map.of());
		SecretResolver secrets = new SecretResolver(new SecretsProperties(Path.of("none"), "UNUSED"), (n) -> "pw");
		List<Stub> all = List.of(IPMI, REDFISH, FAKE);
		return new BmcDriverFactory(List.copyOf(all), List.copyOf(all), List.copyOf(all), List.copyOf(all),
				List.copyOf(all), new BmcProperties(force, enabled, 4, null, null), inventory, secrets);
	}

	@Test
	void shouldUseIpmiForPowerAndRedfishForTheRestOnIpmiPlusRedfish() {
		ComposedDriver driver = factory(null, List.of("ipmi", "redfish")).compose(machine(BmcDriver.IPMI_REDFISH));
		assertThat(driver.power()).isSameAs(IPMI);
		assertThat(driver.management()).isSameAs(IPMI);
		assertThat(driver.bios()).isSameAs(REDFISH);
		assertThat(driver.raid()).isSameAs(REDFISH);
		assertThat(driver.target().password().reveal()).isEqualTo("pw");
	}

	@Test
	void shouldFallBackToTheNextEnabledImplementation() {
		ComposedDriver driver = factory(null, List.of("redfish")).compose(machine(BmcDriver.IPMI_REDFISH));
		assertThat(driver.power()).isSameAs(REDFISH);
	}

	@Test
	void shouldNameMachineDriverAndCapabilityWhenUnsupported() {
		ComposedDriver driver = factory(null, List.of("ipmi")).compose(machine(BmcDriver.IPMI));
		assertThat(driver.supports(Capability.BIOS)).isFalse();
		assertThatThrownBy(driver::bios).isInstanceOf(UnsupportedCapabilityException.class)
			.hasMessageContaining("oc-171")
			.hasMessageContaining("hardware type 'ipmi' has no bios interface");
	}

	@Test
	void shouldRefuseWhenNoSupportedImplementationIsEnabled() {
		assertThatThrownBy(() -> factory(null, List.of("fake")).compose(machine(BmcDriver.REDFISH)))
			.isInstanceOf(InvalidBmcParameterException.class)
			.hasMessageContaining("no enabled power interface for hardware type 'redfish'");
	}

	@Test
	void shouldForceTheFakeTypeWithoutCredentials() {
		ComposedDriver driver = factory("fake", List.of("ipmi", "redfish", "fake"))
			.compose(machine(BmcDriver.IPMI_REDFISH));
		assertThat(driver.hardwareType()).isEqualTo(HardwareType.FAKE);
		assertThat(driver.power()).isSameAs(FAKE);
		assertThat(driver.target().password()).isNull();
	}

}
