package org.tripleo.cdcloud.bmc.redfish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

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
			if (caFile == null) {
				return SSLContext.getDefault();
			}
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			int index = 0;
			try (InputStream in = Files.newInputStream(caFile)) {
				for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
					trusted.setCertificateEntry("bmc-" + index++, certificate);
				}
			}
			if (index == 0) {
				throw new IllegalStateException("cdcloud.bmc.redfish.ca-file " + caFile + " holds no certificate");
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, factory.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cdcloud.bmc.redfish.ca-file " + caFile + " unusable: " + ex.getMessage(),
					ex);
		}
	}

}
