package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A user's Keystone application credentials, which openstack4j 3.12 has no API for:
 * listed and deleted over Keystone's REST API with the session's token.
 */
final class KeystoneApplicationCredentials {

	private final KeystoneSession session;

	private final HttpClient http;

	KeystoneApplicationCredentials(KeystoneSession session) {
		this.session = session;
		this.http = CloudTls.of(session.cloud()).httpClient();
	}

	/**
	 * Deletes every application credential of a user.
	 * @param userId the user's id
	 * @return the ids deleted
	 */
	List<String> deleteAll(String userId) {
		String base = session.cloud().authUrl() + "/users/" + userId + "/application_credentials";
		JsonNode list = send("GET", URI.create(base), 200);
		List<String> deleted = new ArrayList<>();
		for (JsonNode credential : list.path("application_credentials")) {
			String id = credential.path("id").asText();
			send("DELETE", URI.create(base + "/" + id), 204);
			deleted.add(id);
		}
		return deleted;
	}

	private JsonNode send(String method, URI uri, int expected) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("X-Auth-Token", session.token())
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw UndercloudException.api("keystone", method + " " + uri.getPath(),
						response.statusCode() + " " + response.body());
			}
			String body = response.body();
			return (body == null || body.isBlank()) ? new ObjectMapper().createObjectNode()
					: new ObjectMapper().readTree(body);
		}
		catch (IOException ex) {
			throw UndercloudException.unreachable(session.cloud(), "keystone", uri.toString(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw UndercloudException.unreachable(session.cloud(), "keystone", uri.toString(), ex);
		}
	}

}
