package org.tripleo.cdcloud.undercloud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Raw Keystone calls a test needs and openstack4j lacks. */
final class KeystoneRest {

	private static final String KEYSTONE = "http://" + OpenStackRig.HOST + ":5000/v3";

	private KeystoneRest() {
	}

	/**
	 * Logs in as the user (project admin) and creates an application credential for
	 * itself.
	 * @return Keystone's {@code application_credential}: id, secret, ...
	 */
	static JsonNode createApplicationCredential(String userId, String name, String password) {
		try {
			// a password change revokes the user's tokens issued in that second (fernet
			// timestamps are whole seconds): log in after it
			Thread.sleep(1500);
			HttpClient http = HttpClient.newHttpClient();
			String auth = """
					{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s",
					"domain":{"name":"Default"},"password":"%s"}}},
					"scope":{"project":{"name":"admin","domain":{"name":"Default"}}}}}""".formatted(name, password);
			HttpResponse<String> login = http.send(post(KEYSTONE + "/auth/tokens", auth, null),
					HttpResponse.BodyHandlers.ofString());
			String token = login.headers()
				.firstValue("X-Subject-Token")
				.orElseThrow(() -> new IllegalStateException(
						"login as " + name + " failed: " + login.statusCode() + " " + login.body()));
			HttpResponse<String> created = http.send(
					post(KEYSTONE + "/users/" + userId + "/application_credentials",
							"{\"application_credential\":{\"name\":\"rig\"}}", token),
					HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 201) {
				throw new IllegalStateException(
						"application credential: " + created.statusCode() + " " + created.body());
			}
			return new ObjectMapper().readTree(created.body()).path("application_credential");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest post(String url, String body, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			builder.header("X-Auth-Token", token);
		}
		return builder.build();
	}

}
