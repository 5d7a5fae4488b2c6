package org.tripleo.cdcloud.bmc;

/**
 * What every capability implementation has: an id the hardware types list, and a cheap
 * check of the inventory fields it needs.
 */
public interface BmcInterface {

	/**
	 * The implementation id, e.g. {@code ipmi}, {@code redfish}, {@code fake}.
	 * @return the id
	 */
	String id();

	/**
	 * Checks, without any I/O, that the target has what this implementation needs.
	 * @param target the machine's BMC
	 * @throws InvalidBmcParameterException naming the missing field
	 */
	void validate(BmcTarget target);

}
