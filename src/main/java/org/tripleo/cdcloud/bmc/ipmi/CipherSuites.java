package org.tripleo.cdcloud.bmc.ipmi;

import org.metricshub.ipmi.core.coding.security.CipherSuite;

/**
 * RMCP+ cipher suites by their standard id (IPMI 2.0 spec, table 22-20), without asking
 * the BMC for its list.
 */
final class CipherSuites {

	private CipherSuites() {
	}

	/**
	 * The suite with a standard id.
	 * @param id 0-3, 6-8, 11-12 (MD5), 15-17 (SHA256)
	 * @return the suite
	 * @throws IllegalArgumentException for ids ipmi-java cannot do
	 */
	static CipherSuite byId(int id) {
		// authentication, integrity, confidentiality algorithm numbers
		int[] algorithms = switch (id) {
			case 0 -> new int[] { 0, 0, 0 };
			case 1 -> new int[] { 1, 0, 0 };
			case 2 -> new int[] { 1, 1, 0 };
			case 3 -> new int[] { 1, 1, 1 };
			case 6 -> new int[] { 2, 0, 0 };
			case 7 -> new int[] { 2, 2, 0 };
			case 8 -> new int[] { 2, 2, 1 };
			case 15 -> new int[] { 3, 0, 0 };
			case 16 -> new int[] { 3, 4, 0 };
			case 17 -> new int[] { 3, 4, 1 };
			default -> throw new IllegalArgumentException("cipher suite " + id + " is not supported");
		};
		return new CipherSuite((byte) id, (byte) algorithms[0], (byte) algorithms[1], (byte) algorithms[2]);
	}

}
