package org.tripleo.cdcloud.provisioning;

import org.tripleo.cdcloud.inventory.Machine;

/**
 * Power control of one node through its BMC (IPMI or Redfish).
 *
 * <p>
 * Contract the BPMN relies on: every method returns within the BMC client's timeout
 * (seconds, never minutes); {@code powerOff} and {@code powerOn} only <em>request</em>
 * the transition and return, the model then polls {@link #state} from a timer loop. A
 * repeated request for the state the node is already in (or going to) is harmless, and
 * the steps read {@link #state} first, so a re-run after a crash changes nothing twice.
 */
public interface NodePower {

	/** Redfish's power states (IPMI knows only on and off). */
	enum PowerState {

		/** On. */
		ON,
		/** Off. */
		OFF,
		/** Going on. */
		POWERING_ON,
		/** Going off. */
		POWERING_OFF;

		/**
		 * Whether the node is on or going there.
		 * @return true for {@link #ON} and {@link #POWERING_ON}
		 */
		public boolean headsOn() {
			return this == ON || this == POWERING_ON;
		}

	}

	/**
	 * Reads the power state now.
	 * @param machine the node
	 * @return the state
	 * @throws NodeHardwareException when the BMC does not answer or refuses
	 */
	PowerState state(Machine machine);

	/**
	 * Requests a hard power off and returns without waiting.
	 * @param machine the node
	 * @throws NodeHardwareException when the BMC does not answer or refuses
	 */
	void powerOff(Machine machine);

	/**
	 * Requests power on and returns without waiting.
	 * @param machine the node
	 * @throws NodeHardwareException when the BMC does not answer or refuses
	 */
	void powerOn(Machine machine);

}
