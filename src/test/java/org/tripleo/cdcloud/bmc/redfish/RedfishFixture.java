package org.tripleo.cdcloud.bmc.redfish;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * A stateful Redfish service for tests, on HTTPS with a self-signed certificate, on
 * 127.0.0.1 and an ephemeral port: DMTF-shaped resources (see {@link FixtureResources}),
 * session login, ETags, BIOS pending settings applied on reset, RAID volumes through a
 * task monitor, and fault modes switched on by the test.
 */
public final class RedfishFixture implements AutoCloseable {

	/** The login of the service. */
	public static final String USER = "admin";

	static final String PASSWORD = "fixture-password";

	private final String password;

	static final ObjectMapper JSON = new ObjectMapper();

	/** Fault modes; each applies to the next matching request(s). */
	final Faults faults = new Faults();

	final FixtureResources resources = new FixtureResources();

	final Set<String> tokens = ConcurrentHashMap.newKeySet();

	final AtomicInteger logins = new AtomicInteger();

	private final List<String> writes = new CopyOnWriteArrayList<>();

	private final HttpsServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	RedfishFixture(SelfSignedCertificate certificate) throws Exception {
		this(certificate, "127.0.0.1", 0, PASSWORD);
	}

	/**
	 * Starts a fixture.
	 * @param certificate its certificate, valid for {@code host}
	 * @param host the address to listen on
	 * @param port the port, 0 for an ephemeral one
	 * @param password the password of {@link #USER}
	 * @throws Exception when the server cannot start
	 */
	public RedfishFixture(SelfSignedCertificate certificate, String host, int port, String password) throws Exception {
		this.password = password;
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = new FileInputStream(certificate.keyStore().toFile())) {
			keyStore.load(in, certificate.password());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(keyStore, certificate.password());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys.getKeyManagers(), null, null);
		server = HttpsServer.create(new InetSocketAddress(host, port), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls) {
			@Override
			public void configure(HttpsParameters params) {
				// the JDK server's TLS 1.3 close handling drops Python clients'
				// kept-alive
				// connections (SSLEOFError); TLS 1.2 is what many BMCs speak anyway
				SSLParameters parameters = tls.getDefaultSSLParameters();
				parameters.setProtocols(new String[] { "TLSv1.2" });
				params.setSSLParameters(parameters);
			}
		});
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	/**
	 * The service root.
	 * @return {@code https://host:port}
	 */
	public URI url() {
		return URI.create(
				"https://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
	}

	/**
	 * Every request other than GET received so far, in order.
	 * @return method and path, e.g. {@code PATCH /redfish/v1/Systems/437XR1138R2}
	 */
	public List<String> writes() {
		return List.copyOf(writes);
	}

	/**
	 * The BIOS attributes in effect (not the pending ones).
	 * @return attribute name to value
	 */
	public Map<String, String> biosAttributes() {
		synchronized (resources) {
			return attributes(resources.get(FixtureResources.BIOS).path("Attributes"));
		}
	}

	/**
	 * The volumes of the storage controller.
	 * @return per volume its RAID type and the number of drives it spans, e.g.
	 * {@code RAID1 over 2 drives}
	 */
	public List<String> volumes() {
		synchronized (resources) {
			List<String> volumes = new ArrayList<>();
			resources.get(FixtureResources.VOLUMES).path("Members").forEach((member) -> {
				JsonNode volume = resources.get(member.path("@odata.id").asText());
				volumes
					.add(volume.path("RAIDType").asText() + " over " + volume.at("/Links/Drives").size() + " drives");
			});
			return volumes;
		}
	}

	/** What the tests can break. */
	static final class Faults {

		volatile boolean etagMismatch;

		final AtomicInteger unavailable = new AtomicInteger();

		final AtomicInteger drop = new AtomicInteger();

		volatile String dropMethod = "GET";

		volatile String rejectAttribute;

		volatile String ignoreOnReset;

		volatile boolean failTask;

	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = normalise(exchange.getRequestURI().getPath());
			if (method.equals(faults.dropMethod) && faults.drop.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				// no answer at all: the client sees the connection close mid-call
				exchange.getResponseBody().close();
				return;
			}
			if (faults.unavailable.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				exchange.getResponseHeaders().add("Retry-After", "1");
				reply(exchange, 503, error("Base.1.8.ServiceTemporarilyUnavailable", "try again", null));
				return;
			}
			boolean open = "GET".equals(method) && (path.equals("/redfish/v1") || path.equals("/redfish"));
			boolean login = "POST".equals(method) && path.equals(FixtureResources.SESSIONS);
			if (!open && !login && !authorised(exchange)) {
				reply(exchange, 401, error("Base.1.8.NoValidSession", "log in first", null));
				return;
			}
			JsonNode body = readBody(exchange);
			if (!"GET".equals(method)) {
				writes.add(method + " " + path);
			}
			synchronized (resources) {
				route(exchange, method, path, body);
			}
		}
		catch (IOException | RuntimeException ex) {
			// the JDK server would drop the connection silently: say why
			ex.printStackTrace();
			throw ex;
		}
	}

	private void route(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
		switch (method) {
			case "GET" -> get(exchange, path);
			case "POST" -> post(exchange, path, body);
			case "PATCH" -> patch(exchange, path, body);
			case "DELETE" -> delete(exchange, path);
			default -> reply(exchange, 405, error("Base.1.8.OperationNotAllowed", method, null));
		}
	}

	private void get(HttpExchange exchange, String path) throws IOException {
		FixtureResources.Answer answer = resources.poll(path, faults);
		if (answer != null) {
			reply(exchange, answer.status(), answer.body());
			return;
		}
		ObjectNode resource = resources.get(path);
		if (resource == null) {
			reply(exchange, 404, error("Base.1.8.ResourceMissingAtURI", path + " not found", null));
			return;
		}
		exchange.getResponseHeaders().add("ETag", resources.etag(path));
		reply(exchange, 200, resource);
	}

	private void post(HttpExchange exchange, String path, JsonNode body) throws IOException {
		if (path.equals(FixtureResources.SESSIONS)) {
			login(exchange, body);
			return;
		}
		FixtureResources.Answer answer = resources.post(path, body, faults);
		answer.location().ifPresent((l) -> exchange.getResponseHeaders().add("Location", l));
		reply(exchange, answer.status(), answer.body());
	}

	private void patch(HttpExchange exchange, String path, JsonNode body) throws IOException {
		String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
		if (ifMatch != null && (faults.etagMismatch || !ifMatch.equals(resources.etag(path)))) {
			faults.etagMismatch = false;
			reply(exchange, 412, error("Base.1.8.PreconditionFailed", "ETag does not match", null));
			return;
		}
		String rejected = faults.rejectAttribute;
		if (rejected != null && body.path("Attributes").has(rejected)) {
			reply(exchange, 400,
					error("Base.1.8.PropertyNotWritable",
							"The property " + rejected + " is a read only property and cannot be assigned a value.",
							"#/Attributes/" + rejected));
			return;
		}
		FixtureResources.Answer answer = resources.patch(path, body);
		reply(exchange, answer.status(), answer.body());
	}

	private void delete(HttpExchange exchange, String path) throws IOException {
		if (path.startsWith(FixtureResources.SESSIONS + "/")) {
			tokens.remove(path.substring(FixtureResources.SESSIONS.length() + 1));
			reply(exchange, 204, null);
			return;
		}
		FixtureResources.Answer answer = resources.delete(path);
		reply(exchange, answer.status(), answer.body());
	}

	private void login(HttpExchange exchange, JsonNode body) throws IOException {
		if (!USER.equals(body.path("UserName").asText()) || !password.equals(body.path("Password").asText())) {
			reply(exchange, 401, error("Base.1.8.NoValidSession", "wrong user name or password", null));
			return;
		}
		String token = UUID.randomUUID().toString();
		tokens.add(token);
		logins.incrementAndGet();
		exchange.getResponseHeaders().add("X-Auth-Token", token);
		exchange.getResponseHeaders().add("Location", FixtureResources.SESSIONS + "/" + token);
		ObjectNode session = JSON.createObjectNode()
			.put("@odata.id", FixtureResources.SESSIONS + "/" + token)
			.put("Id", token)
			.put("UserName", USER);
		reply(exchange, 201, session);
	}

	private boolean authorised(HttpExchange exchange) {
		String token = exchange.getRequestHeaders().getFirst("X-Auth-Token");
		if (token != null) {
			return tokens.contains(token);
		}
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
		return basic.equals(exchange.getRequestHeaders().getFirst("Authorization"));
	}

	static ObjectNode error(String messageId, String message, String relatedProperty) {
		ObjectNode root = JSON.createObjectNode();
		ObjectNode error = root.putObject("error").put("code", "Base.1.8.GeneralError").put("message", message);
		ObjectNode info = error.putArray("@Message.ExtendedInfo")
			.addObject()
			.put("MessageId", messageId)
			.put("Message", message)
			.put("Severity", "Warning")
			.put("MessageSeverity", "Warning");
		if (relatedProperty != null) {
			info.putArray("RelatedProperties").add(relatedProperty);
		}
		return root;
	}

	private static JsonNode readBody(HttpExchange exchange) throws IOException {
		byte[] bytes = exchange.getRequestBody().readAllBytes();
		return (bytes.length == 0) ? JSON.createObjectNode() : JSON.readTree(bytes);
	}

	private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
		if (status == 204) {
			// NOTE(jdk): after a body-less 204 to a "Connection: close" request the JDK
			// server drops the client's next connection; answer 200 with an empty object,
			// which Redfish allows for PATCH, DELETE and actions
			reply(exchange, 200, JSON.createObjectNode());
			return;
		}
		byte[] bytes = (body == null) ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("OData-Version", "4.0");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}

	private static String normalise(String path) {
		return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

	static Map<String, String> attributes(JsonNode node) {
		return JSON.convertValue(node, JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
	}

}
