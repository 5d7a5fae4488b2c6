package org.tripleo.cdcloud.provisioning;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.bmc.BiosInterface;
import org.tripleo.cdcloud.bmc.BiosSettings;
import org.tripleo.cdcloud.bmc.ComposedDriver;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * {@link NodeBios} over the machine's BMC driver (Redfish for {@code ipmi+redfish}):
 * profiles are checked against the BIOS's attribute registry and staged for the next
 * boot, which is the run's own power on. The node is off from the power-off step until
 * then, so a staged value counts as set: {@link #diff} and {@link #unapplied} read the
 * current values with the pending ones over them.
 */
final class BmcBios implements NodeBios {

	private final BmcAccess bmc;

	BmcBios(BmcAccess bmc) {
		this.bmc = bmc;
	}

	@Override
	public Map<String, String> diff(Machine machine, BiosProfile profile) {
		return bmc.call(machine, "bios diff", (driver) -> {
			BiosInterface bios = driver.bios();
			BiosSettings.validateAndConvert(machine.name(), profile.name(), bios.registry(driver.target()),
					profile.settings());
			Map<String, String> diff = new LinkedHashMap<>();
			BiosSettings.diff(effective(driver), profile.settings())
				.forEach((change) -> diff.put(change.name(), change.wanted()));
			return diff;
		});
	}

	@Override
	public void apply(Machine machine, Map<String, String> attributes) {
		bmc.run(machine, "bios apply", (driver) -> {
			BiosInterface bios = driver.bios();
			bios.stage(driver.target(), BiosSettings.validateAndConvert(machine.name(), "of the run",
					bios.registry(driver.target()), attributes));
		});
	}

	@Override
	public List<String> unapplied(Machine machine, BiosProfile profile) {
		return bmc.call(machine, "bios verify",
				(driver) -> BiosSettings.diff(effective(driver), profile.expected())
					.stream()
					.map(BiosSettings.Change::name)
					.toList());
	}

	/** What the BIOS will run with after the next boot. */
	private static Map<String, String> effective(ComposedDriver driver) {
		Map<String, String> values = new HashMap<>(driver.bios().attributes(driver.target()));
		values.putAll(driver.bios().pendingAttributes(driver.target()));
		return values;
	}

}
