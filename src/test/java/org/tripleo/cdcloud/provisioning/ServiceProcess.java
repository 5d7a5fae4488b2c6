package org.tripleo.cdcloud.provisioning;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/cdcloud.jar}) in a child JVM on a random loopback
 * port, on an H2 file database and fake hardware, so a test can kill it with SIGKILL and
 * start it again on the same database.
 */
final class ServiceProcess implements AutoCloseable {

	private static final Path JAR = Path.of("target/cdcloud.jar").toAbsolutePath();

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final Path log;

	private final int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private ServiceProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	static ServiceProcess start(Path workDir, String... properties) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--server.port=0", "--server.address=127.0.0.1",
				"--cdcloud.login.demo-password=it-secret", "--cdcloud.provisioning.hardware=fake",
				"--cdcloud.bios-profiles.dir=" + Path.of("src/test/resources/bios-profiles").toAbsolutePath(),
				"--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/cdcloud")));
		command.addAll(List.of(properties));
		Path log = Files.createTempFile(workDir, "service", ".log");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new ServiceProcess(process, log, awaitPort(process, log));
	}

	private static int awaitPort(Process process, Path log) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline) && process.isAlive()) {
			Matcher matcher = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("service did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
	}

	String post(String path, String json, String user) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), user);
	}

	String get(String path, String user) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET(), user);
	}

	private String send(HttpRequest.Builder request, String user) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((user + ":it-secret").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** SIGKILL: no shutdown hook, no graceful stop. */
	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

}
