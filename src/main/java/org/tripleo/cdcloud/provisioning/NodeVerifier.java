package org.tripleo.cdcloud.provisioning;

import java.util.List;

import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * Checks a deployed node over SSH (strict host key) against its hardware profile: cores,
 * memory, the RAID volume, eth2 link and speed.
 *
 * <p>
 * Contract: read-only, so any number of re-runs is safe; answers quickly (a connection
 * refused is "not reachable yet", and the model polls from a timer loop).
 */
public interface NodeVerifier {

	/**
	 * The outcome of one check.
	 *
	 * @param reachable whether SSH answered with the expected host key
	 * @param drift one line per fact that differs, starting with its name (e.g.
	 * {@code memory: 64 GiB, expected ~96 GiB}); empty when compliant or unreachable
	 */
	record Verification(boolean reachable, List<String> drift) {

		public Verification {
			drift = List.copyOf(drift);
		}

	}

	/**
	 * Connects and compares facts.
	 * @param machine the node
	 * @param profile what it should be made of
	 * @return the outcome
	 * @throws NodeHardwareException on a host key mismatch or a command failure
	 */
	Verification verify(Machine machine, HardwareProfile profile);

}
