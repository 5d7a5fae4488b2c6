package org.tripleo.cdcloud.provisioning;

import java.util.function.Consumer;
import java.util.function.Function;

import org.tripleo.cdcloud.bmc.BmcDriverFactory;
import org.tripleo.cdcloud.bmc.BmcException;
import org.tripleo.cdcloud.bmc.ComposedDriver;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * One call of a {@code real} hardware seam on a machine's composed BMC driver (its
 * hardware type, {@code cdcloud.bmc.*}): the one place a BMC error becomes the seams'
 * {@link NodeHardwareException}.
 */
final class BmcAccess {

	private final BmcDriverFactory drivers;

	BmcAccess(BmcDriverFactory drivers) {
		this.drivers = drivers;
	}

	<T> T call(Machine machine, String operation, Function<ComposedDriver, T> call) {
		try {
			return call.apply(drivers.compose(machine));
		}
		catch (BmcException ex) {
			throw new NodeHardwareException(machine.name(), operation + ": " + ex.getMessage(), ex);
		}
	}

	void run(Machine machine, String operation, Consumer<ComposedDriver> call) {
		call(machine, operation, (driver) -> {
			call.accept(driver);
			return null;
		});
	}

}
