package org.tripleo.cdcloud.inventory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The protocol(s) cdcloud uses to talk to a machine's BMC.
 */
public enum BmcDriver {

	/** IPMI over LAN; needs {@code address}. */
	IPMI("ipmi"),
	/** Redfish over HTTPS; needs {@code redfish-url}. */
	REDFISH("redfish"),
	/** Redfish where supported, IPMI for the rest; needs both. */
	IPMI_REDFISH("ipmi+redfish"),
	/** In-memory BMC for tests and dry runs; needs neither. */
	FAKE("fake");

	private final String id;

	BmcDriver(String id) {
		this.id = id;
	}

	/**
	 * Returns the id used in YAML files.
	 * @return the id, e.g. {@code ipmi+redfish}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Tells whether this driver speaks IPMI and so needs an {@code address}.
	 * @return true for {@code ipmi} and {@code ipmi+redfish}
	 */
	public boolean usesIpmi() {
		return this == IPMI || this == IPMI_REDFISH;
	}

	/**
	 * Tells whether this driver speaks Redfish and so needs a {@code redfish-url}.
	 * @return true for {@code redfish} and {@code ipmi+redfish}
	 */
	public boolean usesRedfish() {
		return this == REDFISH || this == IPMI_REDFISH;
	}

	/**
	 * Looks a driver up by its YAML id.
	 * @param id the id, case-sensitive
	 * @return the driver, or empty when the id is unknown
	 */
	public static Optional<BmcDriver> fromId(String id) {
		return Arrays.stream(values()).filter((driver) -> driver.id.equals(id)).findFirst();
	}

}
