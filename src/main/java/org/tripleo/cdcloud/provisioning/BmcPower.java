package org.tripleo.cdcloud.provisioning;

import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * {@link NodePower} over the machine's BMC driver (IPMI for {@code ipmi+redfish}): IPMI
 * and Redfish answer on or off, so the transitional states never show; a request returns
 * once the BMC accepted it.
 */
final class BmcPower implements NodePower {

	private final BmcAccess bmc;

	BmcPower(BmcAccess bmc) {
		this.bmc = bmc;
	}

	@Override
	public PowerState state(Machine machine) {
		return bmc.call(machine, "power state", (driver) -> switch (driver.power().powerState(driver.target())) {
			case ON -> PowerState.ON;
			case OFF -> PowerState.OFF;
		});
	}

	@Override
	public void powerOff(Machine machine) {
		bmc.run(machine, "power off", (driver) -> driver.power().power(driver.target(), PowerAction.OFF));
	}

	@Override
	public void powerOn(Machine machine) {
		bmc.run(machine, "power on", (driver) -> driver.power().power(driver.target(), PowerAction.ON));
	}

}
