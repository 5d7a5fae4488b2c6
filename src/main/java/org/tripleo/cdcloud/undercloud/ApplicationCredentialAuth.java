package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openstack4j.core.transport.ObjectMapperSingleton;
import org.openstack4j.model.identity.v3.Token;
import org.openstack4j.openstack.identity.v3.domain.KeystoneToken;

/**
 * Keystone v3 authentication with an application credential, which openstack4j 3.12
 * lacks: the token is requested here and handed to openstack4j as an existing token.
 */
final class ApplicationCredentialAuth {

	private ApplicationCredentialAuth() {
	}

	static Token token(CloudConfig cloud, String secret, HttpClient http) {
		Map<String, Object> body = Map.of("auth",
				Map.of("identity", Map.of("methods", new String[] { "application_credential" },
						"application_credential", Map.of("id", cloud.applicationCredentialId(), "secret", secret))));
		URI uri = URI.create(cloud.authUrl() + "/auth/tokens");
		try {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body)))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 401) {
				throw UndercloudException.authentication(cloud.name(), "401 " + response.body());
			}
			if (response.statusCode() != 201) {
				throw UndercloudException.api("keystone", "authenticate",
						response.statusCode() + " " + response.body());
			}
			KeystoneToken token = ObjectMapperSingleton.getContext(KeystoneToken.class)
				.reader()
				.forType(KeystoneToken.class)
				.withRootName("token")
				.readValue(response.body());
			token.setId(response.headers().firstValue("X-Subject-Token").orElseThrow());
			token.setEndpoint(cloud.authUrl().toString());
			return token;
		}
		catch (IOException ex) {
			throw UndercloudException.unreachable(cloud, "keystone", uri.toString(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw UndercloudException.unreachable(cloud, "keystone", uri.toString(), ex);
		}
	}

}
