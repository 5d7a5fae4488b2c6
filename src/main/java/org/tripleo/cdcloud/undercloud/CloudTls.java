package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;

import okhttp3.internal.tls.OkHostnameVerifier;
import org.openstack4j.core.transport.Config;
import org.openstack4j.core.transport.UntrustedSSL;
import org.openstack4j.core.transport.internal.HttpExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripleo.cdcloud.PemTrust;

/**
 * How cdcloud's clients trust a cloud's TLS certificates: the JVM's trust store by
 * default, only the CAs of clouds.yaml's {@code cacert} when it names a bundle, or no
 * verification at all when the cloud opts in with {@code verify: false} or
 * {@code insecure: true} (logged as {@code UC-TLS-INSECURE} every time it is used).
 */
final class CloudTls {

	private static final Logger log = LoggerFactory.getLogger(CloudTls.class);

	private final CloudConfig cloud;

	private final CaBundle bundle;

	private CloudTls(CloudConfig cloud, CaBundle bundle) {
		this.cloud = cloud;
		this.bundle = bundle;
	}

	/**
	 * Reads the cloud's TLS settings, its CA bundle included.
	 * @param cloud the cloud
	 * @return its trust
	 * @throws UndercloudException when {@code cacert} is not a readable PEM bundle of
	 * certificates
	 */
	static CloudTls of(CloudConfig cloud) {
		if (cloud.insecure()) {
			log.warn("UC-TLS-INSECURE {} turns TLS verification off (verify: false / insecure: true): the "
					+ "undercloud's certificates are not checked and its credentials can be intercepted; name the "
					+ "CA with cacert instead", cloud.where());
			return new CloudTls(cloud, null);
		}
		return new CloudTls(cloud, (cloud.cacert() != null) ? CaBundle.read(cloud) : null);
	}

	/**
	 * openstack4j's configuration for this trust. A CA bundle travels as the hostname
	 * verifier, which {@link CaBundleConnector} recognises (openstack4j's OkHttp
	 * connector cannot take a custom SSLContext on Java 9+).
	 * @param config the timeouts and other settings
	 * @return the configuration
	 */
	Config openstack4j(Config config) {
		if (cloud.insecure()) {
			return config.withSSLVerificationDisabled();
		}
		if (bundle == null) {
			return config;
		}
		String connector = HttpExecutor.create().getExecutorName();
		if (!CaBundleConnector.NAME.equals(connector)) {
			// fail closed: another connector would not honour the bundle
			throw UndercloudException.config(cloud.where() + ".cacert needs openstack4j's connector to be cdcloud's "
					+ CaBundleConnector.NAME + ", but it is " + connector);
		}
		return config.withSSLContext(bundle.context()).withHostnameVerifier(bundle);
	}

	/**
	 * A java.net.http client with this trust. It checks the certificate's host names
	 * itself, even when verification is off (the JDK checks the name around a trust
	 * manager that is not an X509ExtendedTrustManager, such as openstack4j's
	 * UntrustedSSL's).
	 * @return the client
	 */
	HttpClient httpClient() {
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10));
		if (cloud.insecure()) {
			builder.sslContext(UntrustedSSL.getSSLContext());
		}
		else if (bundle != null) {
			builder.sslContext(bundle.context());
		}
		return builder.build();
	}

	/**
	 * The CAs of a PEM bundle as the only trusted ones, with OkHttp's own (strict) host
	 * name check.
	 *
	 * @param context an SSLContext trusting exactly the bundle's CAs
	 * @param trustManager its trust manager, which OkHttp needs beside the socket factory
	 */
	record CaBundle(SSLContext context, X509TrustManager trustManager) implements HostnameVerifier {

		static CaBundle read(CloudConfig cloud) {
			try {
				X509TrustManager trustManager = PemTrust.trustManager(cloud.cacert());
				return new CaBundle(PemTrust.context(trustManager), trustManager);
			}
			catch (IOException | GeneralSecurityException ex) {
				throw UndercloudException.config(cloud.where() + ".cacert " + cloud.cacert()
						+ " is not a readable PEM CA bundle: " + ex.getMessage());
			}
		}

		@Override
		public boolean verify(String host, SSLSession session) {
			return OkHostnameVerifier.INSTANCE.verify(host, session);
		}

	}

}
