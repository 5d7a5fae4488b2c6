package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small Ironic REST client on java.net.http and Jackson: negotiates the microversion,
 * retries calls answered 409 NodeLocked, and reports Ironic's {@code error_message}.
 */
class IronicClient {

	/** Oldest microversion cdcloud works with (node interfaces in the body: 1.31). */
	static final ApiVersion MIN = ApiVersion.parse("1.31");

	/** Newest microversion cdcloud knows (Zed's 1.78 and newer keep these calls). */
	static final ApiVersion MAX = ApiVersion.parse("1.78");

	private static final Logger log = LoggerFactory.getLogger(IronicClient.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final URI endpoint;

	private final Optional<String> token;

	private final CloudConfig cloud;

	private final HttpClient http;

	private final UndercloudProperties properties;

	private ApiVersion version;

	IronicClient(URI endpoint, Optional<String> token, CloudConfig cloud, HttpClient http,
			UndercloudProperties properties) {
		String base = endpoint.toString().replaceAll("/+$", "").replaceAll("/v1$", "");
		this.endpoint = URI.create(base);
		this.token = token;
		this.cloud = cloud;
		this.http = http;
		this.properties = properties;
	}

	/**
	 * Reads Ironic's version range and picks the newest microversion both sides know.
	 * @return the negotiated version
	 * @throws UndercloudException when Ironic is unreachable or too old
	 */
	synchronized Negotiated negotiate() {
		JsonNode root = send("GET", "/", null, false).body();
		JsonNode current = root.path("default_version");
		ApiVersion serverMin = ApiVersion.parse(current.path("min_version").asText("1.1"));
		ApiVersion serverMax = ApiVersion.parse(current.path("version").asText("1.1"));
		if (serverMax.compareTo(MIN) < 0) {
			throw UndercloudException.ironic(200, "GET /",
					"Ironic at " + endpoint + " supports up to " + serverMax + "; cdcloud needs " + MIN);
		}
		version = (serverMax.compareTo(MAX) < 0) ? serverMax : MAX;
		return new Negotiated(endpoint, serverMin, serverMax, version);
	}

	/**
	 * Reads a node.
	 * @param name the node's name or uuid
	 * @return the node, or empty when Ironic has none of that name
	 */
	Optional<JsonNode> node(String name) {
		Reply reply = send("GET", "/v1/nodes/" + name, null, true);
		return (reply.status() == 404) ? Optional.empty() : Optional.of(reply.body());
	}

	/**
	 * Sends one call to Ironic.
	 * @param method the HTTP method
	 * @param path the path, e.g. {@code /v1/nodes}
	 * @param body the JSON body, or null
	 * @return Ironic's JSON answer (empty object when none)
	 * @throws UndercloudException with Ironic's error_message on any error
	 */
	JsonNode call(String method, String path, Object body) {
		return send(method, path, body, false).body();
	}

	/**
	 * Polls a node until its provision state is the wanted one.
	 * @param name the node
	 * @param wanted the state to reach
	 * @param failed states that end the wait with the node's last_error
	 * @param timeout how long to wait
	 * @return the node in the wanted state
	 * @throws UndercloudException in a failed state or after the timeout
	 */
	JsonNode awaitProvisionState(String name, String wanted, Set<String> failed, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			JsonNode node = node(name).orElseThrow(() -> UndercloudException.provisionFailed(name, "-", "vanished"));
			String state = node.path("provision_state").asText();
			if (wanted.equals(state) && node.path("target_provision_state").isNull()) {
				return node;
			}
			// a stable state such as enroll counts only once no transition is pending
			boolean settled = node.path("target_provision_state").isNull() || state.endsWith("failed");
			if (failed.contains(state) && settled) {
				throw UndercloudException.provisionFailed(name, state, node.path("last_error").asText("no last_error"));
			}
			if (Instant.now().isAfter(deadline)) {
				throw UndercloudException.provisionFailed(name, state,
						"did not reach '" + wanted + "' within " + timeout);
			}
			pause(properties.pollInterval());
		}
	}

	private Reply send(String method, String path, Object body, boolean notFoundOk) {
		if (version == null && !"/".equals(path)) {
			negotiate();
		}
		for (int attempt = 0;; attempt++) {
			Reply reply = exchange(method, path, body);
			if (reply.status() < 300 || (notFoundOk && reply.status() == 404)) {
				return reply;
			}
			String fault = fault(reply.body());
			if (reply.status() == 409 && fault.contains("is locked by host") && attempt < properties.lockedRetries()) {
				log.info("UC-IRONIC-LOCKED {} {}: node locked, retry {} of {}", method, path, attempt + 1,
						properties.lockedRetries());
				pause(Duration.ofSeconds(1));
				continue;
			}
			throw UndercloudException.ironic(reply.status(), method + " " + path, fault);
		}
	}

	private Reply exchange(String method, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(json(body))
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (version != null) {
			request.header("X-OpenStack-Ironic-API-Version", version.toString());
		}
		token.ifPresent((value) -> request.header("X-Auth-Token", value));
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			return new Reply(response.statusCode(),
					(text == null || text.isBlank()) ? JSON.createObjectNode() : JSON.readTree(text));
		}
		catch (IOException ex) {
			throw UndercloudException.unreachable(cloud, "ironic", endpoint.toString(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw UndercloudException.unreachable(cloud, "ironic", endpoint.toString(), ex);
		}
	}

	/** Ironic wraps its fault as a JSON string inside {@code error_message}. */
	static String fault(JsonNode body) {
		JsonNode message = body.path("error_message");
		if (message.isTextual()) {
			try {
				JsonNode inner = JSON.readTree(message.asText());
				return inner.path("faultstring").asText(message.asText());
			}
			catch (IOException ex) {
				return message.asText();
			}
		}
		return message.isMissingNode() ? body.toString() : message.path("faultstring").asText(message.toString());
	}

	private static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("not serialisable as JSON", ex);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw UndercloudException.provisionFailed("-", "-", "interrupted while waiting");
		}
	}

	private record Reply(int status, JsonNode body) {
	}

	/**
	 * The outcome of version negotiation.
	 *
	 * @param endpoint Ironic's root URL
	 * @param serverMin the oldest microversion Ironic accepts
	 * @param serverMax the newest microversion Ironic offers
	 * @param used the microversion cdcloud sends
	 */
	record Negotiated(URI endpoint, ApiVersion serverMin, ApiVersion serverMax, ApiVersion used) {

		String describe() {
			return endpoint + " microversions " + serverMin + "-" + serverMax + ", using " + used;
		}

	}

}
