package org.tripleo.cdcloud.bmc.redfish;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLContext;

import org.tripleo.cdcloud.PemTrust;

/**
 * The TLS context of Redfish connections: the JDK's trust store, or exactly the
 * certificates of a PEM file (a CA, or the BMCs' own self-signed certificates, pinned).
 * Verification is never switched off.
 */
final class RedfishTls {

	private RedfishTls() {
	}

	/**
	 * Builds the context.
	 * @param caFile PEM certificates to trust, or null for the JDK's trust store
	 * @return the context
	 * @throws IllegalStateException when the file cannot be read or holds no certificate
	 */
	static SSLContext context(Path caFile) {
		try {
			return (caFile != null) ? PemTrust.context(PemTrust.trustManager(caFile)) : SSLContext.getDefault();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cdcloud.bmc.redfish.ca-file " + caFile + " unusable: " + ex.getMessage(),
					ex);
		}
	}

}
