package org.tripleo.cdcloud.inventory;

/**
 * An inventory rule as listed in the catalogue of {@code inventory/README.md}.
 */
interface Rule {

	/**
	 * Returns the stable id printed in violations.
	 * @return e.g. {@code MACH-BMC-ADDR}
	 */
	String id();

	/**
	 * Returns what the rule requires, in one line.
	 * @return the description
	 */
	String description();

}
