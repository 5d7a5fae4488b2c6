package org.tripleo.cdcloud.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tripleo.cdcloud.CdcloudApplication;
import org.tripleo.cdcloud.ssh.SshHostsRig;

/**
 * Side-by-side benchmark (run by {@code scripts/bench-fleet.sh}): N sshd hosts, a recipe
 * of three steps {@code sleep 0.2; echo stepN}, all hosts in parallel; cdcloud's
 * fleetUpdate on the running service (REST launch, then one long-polling GET until the
 * end) vs ansible-playbook with the {@code shell} module (what an operator writes) and
 * with the {@code raw} module (forks N, pipelining, no fact gathering, the interpreter
 * named so none is discovered) vs parallel-ssh (one call, steps joined). Best and median
 * of 3 runs each, after 3 warm-up runs of cdcloud (a running service has run jobs
 * before); the floor is 0.6 s of sleeps plus one OpenSSH handshake
 * ({@code ssh host true}, median of 5).
 */
public final class FleetBenchmark {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String STEPS = "sleep 0.2; echo step1; sleep 0.2; echo step2; sleep 0.2; echo step3";

	private FleetBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String prefix = args[0];
		int first = Integer.parseInt(args[1]);
		int count = Integer.parseInt(args[2]);
		try (SshHostsRig rig = SshHostsRig.start(prefix, first, count)) {
			Path inventory = rig.writeInventory();
			Files.createDirectories(inventory.resolve("recipes"));
			Files.writeString(inventory.resolve("recipes/bench.yaml"),
					"steps:\n"
							+ "  - {name: s1, run: sleep 0.2; echo step1}\n  - {name: s2, run: sleep 0.2; echo step2}\n"
							+ "  - {name: s3, run: sleep 0.2; echo step3}\n");
			try (ConfigurableApplicationContext service = boot(rig, inventory)) {
				String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
				Callable<Void> cdcloud = () -> fleetUpdate(base, count);
				for (int i = 0; i < 3; i++) {
					cdcloud.call();
				}
				double[] ours = time(cdcloud, 3);
				double[] shell = time(() -> ansible(rig, count, "shell"), 3);
				double[] raw = time(() -> ansible(rig, count, "raw"), 3);
				double[] pssh = time(() -> pssh(rig, count), 3);
				double[] handshake = time(() -> handshake(rig), 5);
				report(count, ours, shell, raw, pssh, handshake[1]);
			}
		}
	}

	private static ConfigurableApplicationContext boot(SshHostsRig rig, Path inventory) {
		return new SpringApplicationBuilder(CdcloudApplication.class).profiles("it")
			.run("--server.port=0", "--cdcloud.fleet.enabled=true", "--cdcloud.inventory.dir=" + inventory,
					"--cdcloud.bios-profiles.dir=" + SshHostsRig.biosProfiles(),
					"--cdcloud.ssh.port=" + SshHostsRig.PORT, "--cdcloud.ssh.key-file=" + rig.keyFile(),
					"--cdcloud.ssh.log-dir=" + rig.dir().resolve("logs"), "--logging.level.root=WARN",
					"--spring.datasource.hikari.maximum-pool-size=40");
	}

	private static Void fleetUpdate(String base, int count) throws Exception {
		String auth = "Basic "
				+ Base64.getEncoder().encodeToString("tester1:it-secret".getBytes(StandardCharsets.UTF_8));
		String body = "{\"recipe\":\"bench\",\"role\":\"overcloud\",\"maxUnavailable\":\"" + count + "\"}";
		HttpResponse<String> launched = HTTP
			.send(HttpRequest.newBuilder(URI.create(base + "/api/batch/jobs/fleetUpdate/executions"))
				.header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		String location = launched.headers().firstValue("Location").orElseThrow();
		String report = HTTP.send(
				HttpRequest.newBuilder(URI.create(base + location + "?wait=60")).header("Authorization", auth).build(),
				HttpResponse.BodyHandlers.ofString())
			.body();
		if (!report.contains("\"status\":\"COMPLETED\"")) {
			throw new IllegalStateException("fleetUpdate did not complete: " + report);
		}
		return null;
	}

	private static Void ansible(SshHostsRig rig, int count, String module) throws Exception {
		Path dir = Files.createTempDirectory(rig.dir(), "ansible");
		StringBuilder hosts = new StringBuilder("[fleet]\n");
		for (int i = 0; i < count; i++) {
			hosts.append(rig.address(i))
				.append(" ansible_port=")
				.append(SshHostsRig.PORT)
				.append(" ansible_user=root\n");
		}
		Files.writeString(dir.resolve("hosts"), hosts);
		Files.writeString(dir.resolve("ansible.cfg"), "[defaults]\nforks = " + count + "\nhost_key_checking = True\n"
				+ "private_key_file = " + rig.keyFile()
				+ "\ngathering = explicit\ninterpreter_python = /usr/bin/python3\n[ssh_connection]\npipelining = True\n"
				+ "ssh_common_args = -o UserKnownHostsFile=" + rig.knownHosts()
				+ " -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes\n");
		StringBuilder play = new StringBuilder("- hosts: fleet\n  gather_facts: false\n  tasks:\n");
		for (int step = 1; step <= 3; step++) {
			play.append("    - ").append(module).append(": sleep 0.2; echo step").append(step).append('\n');
		}
		Files.writeString(dir.resolve("play.yaml"), play);
		run(dir, List.of("ansible-playbook", "-i", "hosts", "play.yaml"),
				"ANSIBLE_CONFIG=" + dir.resolve("ansible.cfg"), "ANSIBLE_HOME=" + dir,
				"ANSIBLE_SSH_CONTROL_PATH_DIR=" + dir.resolve("cp"));
		return null;
	}

	private static Void handshake(SshHostsRig rig) throws Exception {
		run(rig.dir(),
				List.of("ssh", "-i", rig.keyFile().toString(), "-o", "IdentitiesOnly=yes", "-o",
						"UserKnownHostsFile=" + rig.knownHosts(), "-o", "GlobalKnownHostsFile=/dev/null", "-o",
						"StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-p", Integer.toString(SshHostsRig.PORT),
						"root@" + rig.address(0), "true"));
		return null;
	}

	private static Void pssh(SshHostsRig rig, int count) throws Exception {
		Path hosts = rig.dir().resolve("pssh-hosts");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			lines.add(rig.address(i) + ":" + SshHostsRig.PORT);
		}
		Files.write(hosts, lines);
		String options = "-i " + rig.keyFile() + " -o IdentitiesOnly=yes -o UserKnownHostsFile=" + rig.knownHosts()
				+ " -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o BatchMode=yes";
		run(rig.dir(), List.of("parallel-ssh", "-p", Integer.toString(count), "-t", "0", "-h", hosts.toString(), "-l",
				"root", "-x", options, "-i", STEPS));
		return null;
	}

	private static void run(Path dir, List<String> command, String... environment)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		for (String variable : environment) {
			String[] pair = variable.split("=", 2);
			builder.environment().put(pair[0], pair[1]);
		}
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command.get(0) + " failed:\n" + out);
		}
	}

	private static double[] time(Callable<Void> run, int times) throws Exception {
		double[] seconds = new double[times];
		for (int i = 0; i < seconds.length; i++) {
			long start = System.nanoTime();
			run.call();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		java.util.Arrays.sort(seconds);
		return new double[] { seconds[0], seconds[times / 2] };
	}

	private static void report(int count, double[] ours, double[] shell, double[] raw, double[] pssh,
			double handshake) {
		double floor = 0.6 + handshake;
		System.out.printf(Locale.ROOT,
				"%n%d hosts, 3 steps of 'sleep 0.2; echo stepN', wall seconds best / median of 3%n", count);
		System.out.printf(Locale.ROOT, "cdcloud fleetUpdate        %6.2f / %6.2f%n", ours[0], ours[1]);
		line("ansible-playbook shell", shell, ours, "ansible-shell", 0.1);
		line("ansible-playbook raw", raw, ours, "ansible-raw", 0.1);
		line("parallel-ssh joined", pssh, ours, "pssh", 0.5);
		System.out.printf(Locale.ROOT,
				"floor 0.60 s + one handshake (ssh true, median of 5: %.3f s) = %.2f s; cdcloud/floor = %.2f (target <= 2)%n",
				handshake, floor, ours[1] / floor);
	}

	private static void line(String peer, double[] theirs, double[] ours, String name, double target) {
		System.out.printf(Locale.ROOT, "%-26s %6.2f / %6.2f   cdcloud/%s = %.3f (target <= %.1f)%n", peer, theirs[0],
				theirs[1], name, ours[1] / theirs[1], target);
	}

}
