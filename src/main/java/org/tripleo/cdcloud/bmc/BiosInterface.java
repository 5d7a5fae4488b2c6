package org.tripleo.cdcloud.bmc;

import java.util.Map;

/**
 * Reads BIOS attributes and their registry, and stages new values that apply at the next
 * reset. The whole apply flow (validate, diff, write, reset, verify) is
 * {@link BiosService}'s.
 */
public interface BiosInterface extends BmcInterface {

	/**
	 * Reads the current attribute values.
	 * @param target the machine's BMC
	 * @return attribute name to value, as text
	 * @throws BmcOperationException when the BMC fails or does not answer in time
	 */
	Map<String, String> attributes(BmcTarget target);

	/**
	 * Reads the values staged for the next reset.
	 * @param target the machine's BMC
	 * @return attribute name to value, empty when nothing is pending
	 * @throws BmcOperationException when the BMC fails or does not answer in time
	 */
	Map<String, String> pendingAttributes(BmcTarget target);

	/**
	 * Reads the attribute registry: names, types and allowed values.
	 * @param target the machine's BMC
	 * @return the registry
	 * @throws BmcOperationException when the BMC fails, has no registry or does not
	 * answer in time
	 */
	AttributeRegistry registry(BmcTarget target);

	/**
	 * Stages values, already checked against the registry, for the next reset.
	 * @param target the machine's BMC
	 * @param values attribute name to typed value (String, Long or Boolean)
	 * @throws BmcOperationException naming the attributes the BMC rejected
	 */
	void stage(BmcTarget target, Map<String, Object> values);

}
