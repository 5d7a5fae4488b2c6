package org.tripleo.cdcloud.bmc.redfish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripleo.cdcloud.bmc.BmcProperties;
import org.tripleo.cdcloud.bmc.BmcTarget;

/**
 * The only class that touches {@link HttpClient}: session login (X-Auth-Token, logged in
 * again once on 401; HTTP Basic when the service has no session service), bounded retries
 * of 503 (honouring Retry-After) and of GETs that met an I/O error, timeouts on every
 * request, TLS verified against the configured certificates.
 */
final class RedfishConnector implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RedfishConnector.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final long MAX_RETRY_AFTER_SECONDS = 10;

	private final HttpClient http;

	private final URI root;

	private final BmcTarget target;

	private final BmcProperties.Redfish properties;

	private String token;

	private String sessionUri;

	private boolean basic;

	RedfishConnector(BmcTarget target, SSLContext tls, BmcProperties.Redfish properties) {
		this.target = target;
		this.root = target.bmc().redfishUrl();
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.sslContext(tls)
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	RedfishResponse get(String path) {
		return checked("GET", path, null, null);
	}

	RedfishResponse post(String path, JsonNode body) {
		return checked("POST", path, body, null);
	}

	RedfishResponse patch(String path, JsonNode body, String etag) {
		return checked("PATCH", path, body, etag);
	}

	RedfishResponse delete(String path) {
		return checked("DELETE", path, null, null);
	}

	/**
	 * Sends a request without checking the status (task monitors answer 202).
	 * @param method the HTTP method
	 * @param path the path, e.g. {@code /redfish/v1/Systems}
	 * @return the answer
	 */
	synchronized RedfishResponse send(String method, String path, JsonNode body, String etag) {
		authenticate();
		RedfishResponse response = withRetries(method, path, body, etag);
		if ((response.status() == 401 || response.status() == 403) && !basic) {
			log.debug("BMC-201 {}: {} {} answered {}, logging in again", target.machine(), method, path,
					response.status());
			token = null;
			authenticate();
			response = withRetries(method, path, body, etag);
		}
		return response;
	}

	private RedfishResponse checked(String method, String path, JsonNode body, String etag) {
		return RedfishErrors.check(target.machine(), method + " " + path, send(method, path, body, etag));
	}

	private RedfishResponse withRetries(String method, String path, JsonNode body, String etag) {
		for (int attempt = 0;; attempt++) {
			try {
				RedfishResponse response = exchange(method, path, body, etag);
				if (response.status() != 503 || attempt >= properties.retries()) {
					return response;
				}
				sleep(retryAfterSeconds(response, attempt));
			}
			catch (IOException ex) {
				// a dropped connection may have done a POST or PATCH: only GETs are
				// repeated
				if (!"GET".equals(method) || attempt >= properties.retries()) {
					throw new RedfishException(target.machine(), method + " " + path, 0, null, "no answer (" + ex + ")",
							List.of(), ex);
				}
				sleep(1L << attempt);
			}
		}
	}

	private RedfishResponse exchange(String method, String path, JsonNode body, String etag) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
			.timeout(properties.readTimeout())
			.header("Accept", "application/json")
			.header("OData-Version", "4.0")
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body.toString()));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (etag != null) {
			request.header("If-Match", etag);
		}
		if (token != null) {
			request.header("X-Auth-Token", token);
		}
		else if (basic) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(
						(target.username() + ":" + target.password().reveal()).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
			return new RedfishResponse(response.statusCode(), response.headers(), json);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private void authenticate() {
		if (token != null || basic) {
			return;
		}
		String sessions = sessionsPath();
		if (sessions == null) {
			basic = true;
			return;
		}
		var credentials = JSON.createObjectNode()
			.put("UserName", target.username())
			.put("Password", target.password().reveal());
		RedfishResponse login = withRetries("POST", sessions, credentials, null);
		RedfishErrors.check(target.machine(), "POST " + sessions + " (login)", login);
		token = login.header("X-Auth-Token")
			.orElseThrow(() -> new RedfishException(target.machine(), "POST " + sessions, login.status(), null,
					"login answered without X-Auth-Token", List.of(), null));
		sessionUri = login.header("Location").orElse(null);
	}

	/**
	 * Discovers the sessions collection from the service root (readable without login).
	 */
	private String sessionsPath() {
		RedfishResponse serviceRoot = withRetries("GET", "/redfish/v1/", null, null);
		RedfishErrors.check(target.machine(), "GET /redfish/v1/", serviceRoot);
		return serviceRoot.body().path("Links").path("Sessions").path("@odata.id").asText(null);
	}

	private static long retryAfterSeconds(RedfishResponse response, int attempt) {
		long seconds = response.header("Retry-After").map((v) -> {
			try {
				return Long.parseLong(v.trim());
			}
			catch (NumberFormatException ex) {
				return 1L;
			}
		}).orElse(1L << attempt);
		return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_SECONDS);
	}

	private static void sleep(long seconds) {
		try {
			Thread.sleep(Duration.ofSeconds(seconds).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** Deletes the session, so the BMC's session table does not fill up. */
	@Override
	public synchronized void close() {
		if (token != null && sessionUri != null) {
			try {
				exchange("DELETE", URI.create(sessionUri).getPath(), null, null);
			}
			catch (IOException | RuntimeException ex) {
				log.debug("BMC-202 {}: session not deleted: {}", target.machine(), ex.toString());
			}
		}
		token = null;
	}

}
