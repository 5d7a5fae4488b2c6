package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real OpenStack peer (or ipmi_sim) started from a script of
 * {@code src/test/rigs/openstack} in a temp dir, waited for, and killed with its children
 * afterwards.
 */
public final class OpenStackRig implements AutoCloseable {

	public static final String HOST = "127.0.13.1";

	public static final String KEYSTONE_PASSWORD = "rig-admin-secret";

	private static final Path SCRIPTS = Path.of("src/test/rigs/openstack").toAbsolutePath();

	private final Process process;

	private final Path dir;

	private OpenStackRig(Process process, Path dir) {
		this.process = process;
		this.dir = dir;
	}

	public static OpenStackRig keystone(Path dir) {
		return start(dir, List.of("keystone.sh", dir.toString(), HOST), Map.of(), "http://" + HOST + ":5000/v3");
	}

	public static OpenStackRig nova(Path dir) {
		return start(dir, List.of("nova.sh", dir.toString(), HOST, "http://" + HOST + ":5000/v3"), Map.of(),
				"http://" + HOST + ":8774/");
	}

	static OpenStackRig ironic(Path dir) {
		return ironic(dir, HOST);
	}

	/**
	 * Starts a standalone Ironic (noauth; ipmi and fake-hardware) with its API on
	 * {@code host:6385} and json-rpc on {@code host:8089}.
	 * @param dir its config, database and log
	 * @param host the address to listen on
	 * @return the running Ironic
	 */
	public static OpenStackRig ironic(Path dir, String host) {
		return start(dir, List.of("ironic.sh", dir.toString(), host), Map.of(), "http://" + host + ":6385/");
	}

	/**
	 * stunnel in front of Keystone and Ironic (see {@code tls.sh}): its CAs are
	 * {@code ca.pem} and {@code other-ca.pem} in the rig's directory.
	 */
	static OpenStackRig tls(Path dir) {
		return start(dir, List.of("tls.sh", dir.toString(), HOST), Map.of(), "tcp://" + HOST + ":6443");
	}

	static OpenStackRig ipmiSim(Path dir, String host, int port, String password) {
		return start(dir, List.of("ipmi-sim.sh", dir.toString(), host, String.valueOf(port)),
				Map.of("IPMI_PASSWORD", password), null);
	}

	private static OpenStackRig start(Path dir, List<String> command, Map<String, String> env, String readyUrl) {
		try {
			Files.createDirectories(dir);
			List<String> argv = new ArrayList<>(command);
			argv.set(0, SCRIPTS.resolve(command.get(0)).toString());
			ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
				.redirectOutput(dir.resolve("rig.out").toFile());
			builder.environment().put("KEYSTONE_ADMIN_PASSWORD", KEYSTONE_PASSWORD);
			builder.environment().putAll(env);
			OpenStackRig rig = new OpenStackRig(builder.start(), dir);
			rig.awaitReady(readyUrl, Duration.ofSeconds(120));
			return rig;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start " + command, ex);
		}
	}

	private void awaitReady(String url, Duration timeout) throws IOException {
		Instant deadline = Instant.now().plus(timeout);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("rig exited: " + Files.readString(dir.resolve("rig.out")));
			}
			if (url == null) {
				sleep(1000);
				return;
			}
			try {
				URI uri = URI.create(url);
				if ("tcp".equals(uri.getScheme())) {
					new Socket(uri.getHost(), uri.getPort()).close();
				}
				else {
					http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
				}
				return;
			}
			catch (IOException ex) {
				sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		close();
		throw new IllegalStateException("rig not ready at " + url + " within " + timeout);
	}

	Path dir() {
		return dir;
	}

	@Override
	public void close() {
		List<ProcessHandle> children = process.descendants().toList();
		children.forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
