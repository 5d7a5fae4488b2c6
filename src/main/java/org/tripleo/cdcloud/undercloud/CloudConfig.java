package org.tripleo.cdcloud.undercloud;

import java.net.URI;
import java.nio.file.Path;

import org.tripleo.cdcloud.secrets.SecretReference;

/**
 * One cloud of clouds.yaml, as cdcloud uses it.
 *
 * @param name the cloud's name
 * @param file the clouds.yaml it came from
 * @param authType {@code password}, {@code v3applicationcredential} or {@code none}
 * (standalone Ironic)
 * @param authUrl Keystone's URL; null for {@code none}
 * @param username the user, for {@code password}
 * @param userDomain the user's domain name
 * @param project the project to scope to, for {@code password}
 * @param projectDomain the project's domain name
 * @param secret the password or application credential secret, by reference; null for
 * {@code none}
 * @param applicationCredentialId the application credential's id, for
 * {@code v3applicationcredential}
 * @param region the region to use, or null
 * @param cacert a PEM CA bundle to trust instead of the JVM's, or null
 * @param insecure TLS verification turned off ({@code verify: false} or
 * {@code insecure: true}); never the default
 * @param baremetalEndpoint Ironic's URL when it is not taken from the catalog, or null
 */
record CloudConfig(String name, Path file, String authType, URI authUrl, String username, String userDomain,
		String project, String projectDomain, SecretReference secret, String applicationCredentialId, String region,
		Path cacert, boolean insecure, URI baremetalEndpoint) {

	static final String PASSWORD = "password";

	static final String APPLICATION_CREDENTIAL = "v3applicationcredential";

	static final String NONE = "none";

	/**
	 * Where this cloud is described, for error messages.
	 * @return e.g. {@code /etc/openstack/clouds.yaml clouds.undercloud}
	 */
	String where() {
		return file + " clouds." + name;
	}

}
