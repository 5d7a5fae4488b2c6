package org.tripleo.cdcloud.provisioning;

import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * {@link NodeBoot} over the machine's BMC driver: the boot device override PXE, once or
 * persistent.
 */
final class BmcBoot implements NodeBoot {

	private final BmcAccess bmc;

	BmcBoot(BmcAccess bmc) {
		this.bmc = bmc;
	}

	@Override
	public boolean isPxe(Machine machine, boolean persistent) {
		return bmc.call(machine, "boot device read",
				(driver) -> pxe(persistent).equals(driver.management().bootDevice(driver.target())));
	}

	@Override
	public void setPxe(Machine machine, boolean persistent) {
		bmc.run(machine, "boot device pxe",
				(driver) -> driver.management().setBootDevice(driver.target(), pxe(persistent)));
	}

	private static BootSetting pxe(boolean persistent) {
		return new BootSetting(BootDevice.PXE, persistent);
	}

}
