package org.tripleo.cdcloud.bmc;

/**
 * What a BMC can be asked to do; one interface per capability, as Ironic's.
 */
public enum Capability {

	/** Power status and actions: {@link PowerInterface}. */
	POWER("power", "ipmi, redfish, ipmi+redfish, fake"),
	/** Boot device: {@link ManagementInterface}. */
	MANAGEMENT("management", "ipmi, redfish, ipmi+redfish, fake"),
	/** BIOS attributes and registry: {@link BiosInterface}. */
	BIOS("bios", "redfish, ipmi+redfish, fake"),
	/** RAID volumes: {@link RaidInterface}. */
	RAID("raid", "redfish, ipmi+redfish, fake"),
	/** Hardware inventory: {@link InspectInterface}. */
	INSPECT("inspect", "redfish, ipmi+redfish, fake");

	private final String id;

	private final String offeredBy;

	Capability(String id, String offeredBy) {
		this.id = id;
		this.offeredBy = offeredBy;
	}

	public String id() {
		return id;
	}

	String offeredBy() {
		return offeredBy;
	}

}
