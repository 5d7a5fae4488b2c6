package org.tripleo.cdcloud.bmc;

/**
 * One machine's driver: per capability the implementation picked by
 * {@link BmcDriverFactory#compose}, or null when its hardware type offers none (the
 * accessor then throws {@link UnsupportedCapabilityException}).
 *
 * @param target the machine's BMC with credentials
 * @param hardwareType the hardware type used
 * @param power the power implementation, or null
 * @param management the boot device implementation, or null
 * @param bios the BIOS implementation, or null
 * @param raid the RAID implementation, or null
 * @param inspect the inventory implementation, or null
 */
public record ComposedDriver(BmcTarget target, HardwareType hardwareType, PowerInterface power,
		ManagementInterface management, BiosInterface bios, RaidInterface raid, InspectInterface inspect) {

	@Override
	public PowerInterface power() {
		return require(power, Capability.POWER);
	}

	@Override
	public ManagementInterface management() {
		return require(management, Capability.MANAGEMENT);
	}

	@Override
	public BiosInterface bios() {
		return require(bios, Capability.BIOS);
	}

	@Override
	public RaidInterface raid() {
		return require(raid, Capability.RAID);
	}

	@Override
	public InspectInterface inspect() {
		return require(inspect, Capability.INSPECT);
	}

	/**
	 * Tells whether the hardware type offers a capability.
	 * @param capability the capability
	 * @return whether its accessor returns an implementation
	 */
	public boolean supports(Capability capability) {
		return switch (capability) {
			case POWER -> power != null;
			case MANAGEMENT -> management != null;
			case BIOS -> bios != null;
			case RAID -> raid != null;
			case INSPECT -> inspect != null;
		};
	}

	private <T> T require(T implementation, Capability capability) {
		if (implementation == null) {
			throw new UnsupportedCapabilityException(target.machine(), hardwareType.id(), capability);
		}
		return implementation;
	}

}
