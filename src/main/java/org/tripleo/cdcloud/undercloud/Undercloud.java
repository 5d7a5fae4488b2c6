package org.tripleo.cdcloud.undercloud;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.exceptions.AuthenticationException;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.api.exceptions.ResponseException;
import org.openstack4j.core.transport.Config;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.model.identity.v3.Endpoint;
import org.openstack4j.model.identity.v3.Service;
import org.openstack4j.openstack.OSFactory;
import org.tripleo.cdcloud.secrets.SecretResolver;

/**
 * The undercloud's entry point: reads the configured cloud from clouds.yaml when an
 * operation needs it (so bad configuration fails that operation, not the service's
 * start-up), authenticates with Keystone through openstack4j and hands out the Keystone,
 * Nova and Ironic clients.
 */
public class Undercloud {

	private final UndercloudProperties properties;

	private final SecretResolver secrets;

	private final CloudsYaml cloudsYaml;

	Undercloud(UndercloudProperties properties, SecretResolver secrets, Function<String, String> environment,
			Path home) {
		this.properties = properties;
		this.secrets = secrets;
		this.cloudsYaml = new CloudsYaml(environment, home);
	}

	UndercloudProperties properties() {
		return properties;
	}

	/**
	 * Reads the configured cloud.
	 * @return the cloud's configuration
	 * @throws UndercloudException when {@code cdcloud.undercloud.cloud} is unset or
	 * clouds.yaml is missing or wrong
	 */
	CloudConfig cloud() {
		if (properties.cloud() == null || properties.cloud().isBlank()) {
			throw UndercloudException.config("cdcloud.undercloud.cloud is not set: name the undercloud's cloud in "
					+ "clouds.yaml (e.g. CDCLOUD_UNDERCLOUD_CLOUD=undercloud)");
		}
		return cloudsYaml.read(cloudsYaml.locate(properties.cloudsFile()), properties.cloud());
	}

	/**
	 * Authenticates and returns a session bound to the calling thread (openstack4j keeps
	 * its session per thread).
	 * @return the session
	 * @throws UndercloudException when the configuration is wrong, Keystone is down or
	 * refuses the credentials
	 */
	KeystoneSession connect() {
		CloudConfig cloud = cloud();
		if (CloudConfig.NONE.equals(cloud.authType())) {
			throw UndercloudException.config(cloud.where() + " has auth_type none: Keystone and Nova need "
					+ "password or v3applicationcredential");
		}
		CloudTls tls = CloudTls.of(cloud);
		Config config = tls.openstack4j(Config.newConfig().withConnectionTimeout(10_000).withReadTimeout(60_000));
		OSClientV3 client = authenticate(cloud, tls, config);
		if (cloud.region() != null) {
			client.useRegion(cloud.region());
		}
		return new KeystoneSession(cloud, client);
	}

	/**
	 * Lists the endpoints the catalog offers (after authenticating), or the baremetal
	 * endpoint of a standalone Ironic.
	 * @return one line per endpoint, {@code type interface region url}
	 */
	public List<String> check() {
		CloudConfig cloud = cloud();
		if (CloudConfig.NONE.equals(cloud.authType())) {
			return List.of("baremetal (standalone, no Keystone) " + ironic().negotiate().describe());
		}
		KeystoneSession session = connect();
		List<String> lines = new ArrayList<>();
		for (Service service : session.catalog()) {
			for (Endpoint endpoint : service.getEndpoints()) {
				lines.add(String.join(" ", service.getType(), String.valueOf(endpoint.getIface()).toLowerCase(),
						String.valueOf(endpoint.getRegion()), String.valueOf(endpoint.getUrl())));
			}
		}
		return lines;
	}

	/**
	 * An Ironic client for the configured cloud: its endpoint from
	 * {@code baremetal_endpoint_override} or the catalog, with a Keystone token unless
	 * the cloud is {@code auth_type: none}.
	 * @return the client
	 */
	IronicClient ironic() {
		CloudConfig cloud = cloud();
		Optional<String> token = Optional.empty();
		URI endpoint = cloud.baremetalEndpoint();
		if (!CloudConfig.NONE.equals(cloud.authType())) {
			KeystoneSession session = connect();
			token = Optional.of(session.token());
			if (endpoint == null) {
				endpoint = session.endpoint("baremetal")
					.orElseThrow(() -> UndercloudException.config("the catalog of " + cloud.where()
							+ " has no baremetal endpoint; set baremetal_endpoint_override"));
			}
		}
		return new IronicClient(endpoint, token, cloud, CloudTls.of(cloud).httpClient(), properties);
	}

	private OSClientV3 authenticate(CloudConfig cloud, CloudTls tls, Config config) {
		String secret = secrets.resolve(cloud.secret()).reveal();
		try {
			if (CloudConfig.APPLICATION_CREDENTIAL.equals(cloud.authType())) {
				return OSFactory.clientFromToken(ApplicationCredentialAuth.token(cloud, secret, tls.httpClient()),
						config);
			}
			return OSFactory.builderV3()
				.endpoint(cloud.authUrl().toString())
				.credentials(cloud.username(), secret, Identifier.byName(cloud.userDomain()))
				.scopeToProject(Identifier.byName(cloud.project()), Identifier.byName(cloud.projectDomain()))
				.withConfig(config)
				.authenticate();
		}
		catch (AuthenticationException ex) {
			throw UndercloudException.authentication(cloud.name(), ex.getMessage());
		}
		catch (ConnectionException ex) {
			throw UndercloudException.unreachable(cloud, "keystone", cloud.authUrl().toString(), ex);
		}
		catch (ResponseException ex) {
			throw UndercloudException.api("keystone", "authenticate", ex.getMessage());
		}
	}

}
