package org.tripleo.cdcloud.bmc;

import java.util.List;

import org.springframework.stereotype.Service;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.UnknownMachineException;

/**
 * The BMC operations the command line and the REST API offer, one machine at a time.
 */
@Service
public class BmcService {

	private final Inventory inventory;

	private final BmcDriverFactory drivers;

	private final BiosService bios;

	BmcService(Inventory inventory, BmcDriverFactory drivers, BiosService bios) {
		this.inventory = inventory;
		this.drivers = drivers;
		this.bios = bios;
	}

	/**
	 * The machines a command names.
	 * @param name a machine name, or {@code all} for every machine with a BMC
	 * @return the machines
	 * @throws UnknownMachineException when no machine has that name
	 */
	public List<Machine> select(String name) {
		if ("all".equals(name)) {
			return inventory.machines().stream().filter((m) -> m.bmc() != null).toList();
		}
		return List.of(inventory.machine(name).orElseThrow(() -> new UnknownMachineException(name)));
	}

	/**
	 * Reads power, boot device and BIOS compliance of a machine.
	 * @param name the machine name
	 * @return the status
	 * @throws UnknownMachineException when no machine has that name
	 * @throws BmcException when the BMC fails
	 */
	public BmcStatus status(String name) {
		Machine machine = select(name).get(0);
		ComposedDriver driver = drivers.compose(machine);
		BmcTarget target = driver.target();
		return new BmcStatus(machine.name(), driver.hardwareType().id(), driver.power().powerState(target),
				driver.management().bootDevice(target), compliance(machine));
	}

	private BmcStatus.BiosCompliance compliance(Machine machine) {
		if (machine.biosProfile() == null) {
			return null;
		}
		try {
			List<BiosSettings.Change> changes = bios.diff(machine, profile(machine.biosProfile()));
			return new BmcStatus.BiosCompliance(machine.biosProfile(), changes.isEmpty(), changes, null);
		}
		catch (BmcException ex) {
			return new BmcStatus.BiosCompliance(machine.biosProfile(), null, List.of(), ex.getMessage());
		}
	}

	/**
	 * A BIOS profile of the inventory.
	 * @param name the profile name
	 * @return the profile
	 * @throws IllegalArgumentException when there is no such profile
	 */
	public BiosProfile profile(String name) {
		BiosProfile profile = inventory.biosProfiles().get(name);
		if (profile == null) {
			throw new IllegalArgumentException("no BIOS profile '" + name + "' in " + inventory.biosProfilesDir());
		}
		return profile;
	}

	public ComposedDriver driver(Machine machine) {
		return drivers.compose(machine);
	}

	public BiosService bios() {
		return bios;
	}

}
