package org.tripleo.cdcloud.provisioning;

import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * BIOS settings of one node (Redfish {@code Bios} resource and its settings object).
 *
 * <p>
 * Contract: {@link #diff} is read-only and is the idempotence check of {@link #apply}:
 * the step applies only what differs, so an empty diff means no write and no reboot. A
 * repeated {@code apply} of the same attributes is harmless. {@link #unapplied} reads
 * back after the change and names every expected attribute that does not hold.
 */
public interface NodeBios {

	/**
	 * Compares the node's current (or pending) settings with a profile.
	 * @param machine the node
	 * @param profile the profile whose {@code settings} should hold
	 * @return attribute name to wanted value, for each attribute that differs; empty when
	 * compliant
	 * @throws NodeHardwareException when the BMC does not answer or refuses
	 */
	Map<String, String> diff(Machine machine, BiosProfile profile);

	/**
	 * Writes attributes (pending until the next boot on real hardware).
	 * @param machine the node
	 * @param attributes attribute name to value
	 * @throws NodeHardwareException when the BMC does not answer or rejects a value
	 */
	void apply(Machine machine, Map<String, String> attributes);

	/**
	 * Reads back the profile's {@code expected} attributes.
	 * @param machine the node
	 * @param profile the profile
	 * @return the names of expected attributes that read back differently, empty when
	 * compliant
	 * @throws NodeHardwareException when the BMC does not answer
	 */
	List<String> unapplied(Machine machine, BiosProfile profile);

}
