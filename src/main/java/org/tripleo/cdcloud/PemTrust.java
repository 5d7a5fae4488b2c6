package org.tripleo.cdcloud;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust in exactly the certificates of a PEM file (a CA bundle, or self-signed
 * certificates pinned), for the clients that may name one instead of the JDK's trust
 * store. Verification itself is never switched off here.
 */
public final class PemTrust {

	private PemTrust() {
	}

	/**
	 * Reads the file into a trust manager that trusts its certificates and nothing else.
	 * @param pem the PEM file
	 * @return the trust manager
	 * @throws IOException when the file cannot be read
	 * @throws GeneralSecurityException when it holds no certificate or one that does not
	 * parse
	 */
	public static X509TrustManager trustManager(Path pem) throws IOException, GeneralSecurityException {
		try (InputStream in = Files.newInputStream(pem)) {
			Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
				.generateCertificates(in);
			if (certificates.isEmpty()) {
				throw new GeneralSecurityException("no certificate in it");
			}
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			int index = 0;
			for (Certificate certificate : certificates) {
				store.setCertificateEntry("pem-" + index++, certificate);
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(store);
			return Arrays.stream(factory.getTrustManagers())
				.filter(X509TrustManager.class::isInstance)
				.map(X509TrustManager.class::cast)
				.findFirst()
				.orElseThrow(() -> new GeneralSecurityException("no X.509 trust manager"));
		}
	}

	/**
	 * A TLS context that trusts what the trust manager trusts.
	 * @param trustManager from {@link #trustManager(Path)}
	 * @return the context
	 * @throws GeneralSecurityException when the JDK has no TLS context
	 */
	public static SSLContext context(X509TrustManager trustManager) throws GeneralSecurityException {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new X509TrustManager[] { trustManager }, null);
		return context;
	}

}
