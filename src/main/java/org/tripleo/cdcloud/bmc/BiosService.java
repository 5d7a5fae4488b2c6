package org.tripleo.cdcloud.bmc;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * Applies BIOS profiles the way Ironic's Redfish BIOS interface does: validate against
 * the registry, diff, stage the changes, reset, re-read and verify.
 */
@Service
public class BiosService {

	private static final Duration SETTLE = Duration.ofSeconds(1);

	private final BmcDriverFactory drivers;

	public BiosService(BmcDriverFactory drivers) {
		this.drivers = drivers;
	}

	/**
	 * What applying a profile would change; writes nothing.
	 * @param machine the machine
	 * @param profile the profile
	 * @return the changes, empty when the machine complies
	 * @throws BiosProfileException when the profile does not fit the BIOS registry
	 * @throws UnsupportedCapabilityException when the machine's driver has no BIOS
	 */
	public List<BiosSettings.Change> diff(Machine machine, BiosProfile profile) {
		ComposedDriver driver = drivers.compose(machine);
		BiosInterface bios = driver.bios();
		BiosSettings.validateAndConvert(machine.name(), profile.name(), bios.registry(driver.target()),
				profile.settings());
		return BiosSettings.diff(bios.attributes(driver.target()), wanted(profile));
	}

	/**
	 * Applies a profile: no write and no reset when the machine already complies and
	 * nothing is pending.
	 * @param machine the machine
	 * @param profile the profile
	 * @return the changes made, empty when none were needed
	 * @throws BiosProfileException when the profile does not fit the registry, or naming
	 * every attribute that did not read back as expected after the reset
	 * @throws BmcOperationException when the BMC refuses a write or a reset
	 */
	public List<BiosSettings.Change> apply(Machine machine, BiosProfile profile) {
		ComposedDriver driver = drivers.compose(machine);
		BmcTarget target = driver.target();
		BiosInterface bios = driver.bios();
		Map<String, Object> converted = BiosSettings.validateAndConvert(machine.name(), profile.name(),
				bios.registry(target), profile.settings());
		List<BiosSettings.Change> changes = BiosSettings.diff(bios.attributes(target), profile.settings());
		if (changes.isEmpty() && bios.pendingAttributes(target).isEmpty()) {
			return changes;
		}
		Map<String, Object> staged = new LinkedHashMap<>();
		changes.forEach((change) -> staged.put(change.name(), converted.get(change.name())));
		bios.stage(target, staged);
		reset(driver);
		verify(machine, profile, bios.attributes(target));
		return changes;
	}

	private static void reset(ComposedDriver driver) {
		PowerInterface power = driver.power();
		boolean on = power.powerState(driver.target()) == PowerState.ON;
		power.power(driver.target(), on ? PowerAction.RESET : PowerAction.ON);
		try {
			Thread.sleep(SETTLE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void verify(Machine machine, BiosProfile profile, Map<String, String> actual) {
		List<String> unapplied = BiosSettings.diff(actual, wanted(profile))
			.stream()
			.map((c) -> c.name() + " is " + c.current() + ", wanted " + c.wanted())
			.toList();
		if (!unapplied.isEmpty()) {
			throw new BiosProfileException(machine.name(), profile.name(), "was not applied", unapplied);
		}
	}

	/** The settings, then the expected values, which take precedence. */
	private static Map<String, String> wanted(BiosProfile profile) {
		Map<String, String> wanted = new LinkedHashMap<>(profile.settings());
		wanted.putAll(profile.expected());
		return wanted;
	}

}
