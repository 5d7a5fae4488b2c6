package org.tripleo.cdcloud.bmc;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.inventory.Credential;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.secrets.Secret;
import org.tripleo.cdcloud.secrets.SecretResolver;

/**
 * Composes a machine's driver from its hardware type: per capability the first supported
 * implementation that is enabled ({@code cdcloud.bmc.enabled-interfaces}) and available,
 * as Ironic's driver factory does.
 */
@Component
public class BmcDriverFactory {

	private final List<PowerInterface> powers;

	private final List<ManagementInterface> managements;

	private final List<BiosInterface> bioses;

	private final List<RaidInterface> raids;

	private final List<InspectInterface> inspects;

	private final BmcProperties properties;

	private final Inventory inventory;

	private final SecretResolver secrets;

	public BmcDriverFactory(List<PowerInterface> powers, List<ManagementInterface> managements,
			List<BiosInterface> bioses, List<RaidInterface> raids, List<InspectInterface> inspects,
			BmcProperties properties, Inventory inventory, SecretResolver secrets) {
		this.powers = powers;
		this.managements = managements;
		this.bioses = bioses;
		this.raids = raids;
		this.inspects = inspects;
		this.properties = properties;
		this.inventory = inventory;
		this.secrets = secrets;
	}

	/**
	 * Composes the driver of a machine; cheap, no I/O (secrets are resolved).
	 * @param machine the machine
	 * @return the driver
	 * @throws InvalidBmcParameterException when the machine has no BMC, its hardware type
	 * is unknown or a picked implementation finds a field missing
	 */
	public ComposedDriver compose(Machine machine) {
		if (machine.bmc() == null) {
			throw new InvalidBmcParameterException(machine.name(), "has no BMC in machines.yaml");
		}
		HardwareType type = hardwareType(machine);
		BmcTarget target = target(machine, type);
		ComposedDriver driver = new ComposedDriver(target, type, pick(target, type, Capability.POWER, powers),
				pick(target, type, Capability.MANAGEMENT, managements), pick(target, type, Capability.BIOS, bioses),
				pick(target, type, Capability.RAID, raids), pick(target, type, Capability.INSPECT, inspects));
		return driver;
	}

	private HardwareType hardwareType(Machine machine) {
		String id = (properties.forceDriver() != null && !properties.forceDriver().isBlank()) ? properties.forceDriver()
				: machine.bmc().driver().id();
		return HardwareType.fromId(id)
			.orElseThrow(() -> new InvalidBmcParameterException(machine.name(), "unknown BMC driver '" + id + "'"));
	}

	private BmcTarget target(Machine machine, HardwareType type) {
		Bmc bmc = machine.bmc();
		if (type == HardwareType.FAKE) {
			return new BmcTarget(machine.name(), new Bmc(BmcDriver.FAKE, bmc.address(), bmc.port(), null, null), null,
					null);
		}
		Credential credential = (bmc.credentials() != null) ? inventory.credentials().get(bmc.credentials()) : null;
		if (credential == null) {
			throw new InvalidBmcParameterException(machine.name(), "BMC has no credentials");
		}
		Secret password = secrets.resolve(credential.password());
		return new BmcTarget(machine.name(), bmc, credential.username(), password);
	}

	private <T extends BmcInterface> T pick(BmcTarget target, HardwareType type, Capability capability,
			List<T> available) {
		for (String id : type.supported(capability)) {
			if (!properties.enabledInterfaces().contains(id)) {
				continue;
			}
			T implementation = available.stream().filter((i) -> i.id().equals(id)).findFirst().orElse(null);
			if (implementation != null) {
				implementation.validate(target);
				return implementation;
			}
		}
		if (!type.supported(capability).isEmpty()) {
			throw new InvalidBmcParameterException(target.machine(),
					"no enabled " + capability.id() + " interface for hardware type '" + type.id() + "': supported "
							+ type.supported(capability) + ", enabled " + properties.enabledInterfaces());
		}
		return null;
	}

	/**
	 * The configured parallelism, for bulk callers.
	 * @return machines at once
	 */
	public int parallelism() {
		return properties.parallelism();
	}

}
