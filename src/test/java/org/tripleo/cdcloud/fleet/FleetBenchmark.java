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
 * fleetUpdate on the running service (REST launch to completion) vs ansible-playbook
 * (raw, forks N, pipelining, no fact gathering) vs parallel-ssh (one call, steps joined).
 * Best and median of 3 runs each, after one warm-up of cdcloud.
 */
public final class FleetBenchmark {

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
				cdcloud.call();
				double[] ours = time(cdcloud);
				double[] ansible = time(() -> ansible(rig, count));
				double[] pssh = time(() -> pssh(rig, count));
				report(count, ours, ansible, pssh);
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
		HttpClient http = HttpClient.newHttpClient();
		String auth = "Basic "
				+ Base64.getEncoder().encodeToString("tester1:it-secret".getBytes(StandardCharsets.UTF_8));
		String body = "{\"recipe\":\"bench\",\"role\":\"overcloud\",\"maxUnavailable\":\"" + count + "\"}";
		HttpResponse<String> launched = http
			.send(HttpRequest.newBuilder(URI.create(base + "/api/batch/jobs/fleetUpdate/executions"))
				.header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		String location = launched.headers().firstValue("Location").orElseThrow();
		while (true) {
			String report = http
				.send(HttpRequest.newBuilder(URI.create(base + location)).header("Authorization", auth).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			if (report.contains("\"endTime\"")) {
				if (!report.contains("\"status\":\"COMPLETED\"")) {
					throw new IllegalStateException("fleetUpdate failed: " + report);
				}
				return null;
			}
			Thread.sleep(20);
		}
	}

	private static Void ansible(SshHostsRig rig, int count) throws Exception {
		Path dir = Files.createTempDirectory(rig.dir(), "ansible");
		StringBuilder hosts = new StringBuilder("[fleet]\n");
		for (int i = 0; i < count; i++) {
			hosts.append(rig.address(i))
				.append(" ansible_port=")
				.append(SshHostsRig.PORT)
				.append(" ansible_user=root\n");
		}
		Files.writeString(dir.resolve("hosts"), hosts);
		Files.writeString(dir.resolve("ansible.cfg"),
				"[defaults]\nforks = " + count + "\nhost_key_checking = True\n" + "private_key_file = " + rig.keyFile()
						+ "\ngathering = explicit\n[ssh_connection]\npipelining = True\n"
						+ "ssh_common_args = -o UserKnownHostsFile=" + rig.knownHosts()
						+ " -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes\n");
		StringBuilder play = new StringBuilder("- hosts: fleet\n  gather_facts: false\n  tasks:\n");
		for (int step = 1; step <= 3; step++) {
			play.append("    - raw: sleep 0.2; echo step").append(step).append('\n');
		}
		Files.writeString(dir.resolve("play.yaml"), play);
		run(dir, List.of("ansible-playbook", "-i", "hosts", "play.yaml"),
				"ANSIBLE_CONFIG=" + dir.resolve("ansible.cfg"), "ANSIBLE_HOME=" + dir,
				"ANSIBLE_SSH_CONTROL_PATH_DIR=" + dir.resolve("cp"));
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

	private static double[] time(Callable<Void> run) throws Exception {
		double[] seconds = new double[3];
		for (int i = 0; i < seconds.length; i++) {
			long start = System.nanoTime();
			run.call();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		java.util.Arrays.sort(seconds);
		return new double[] { seconds[0], seconds[1] };
	}

	private static void report(int count, double[] ours, double[] ansible, double[] pssh) {
		System.out.printf(Locale.ROOT,
				"%n%d hosts, 3 steps of 'sleep 0.2; echo stepN', wall seconds best / median of 3%n", count);
		System.out.printf(Locale.ROOT, "cdcloud fleetUpdate   %6.2f / %6.2f%n", ours[0], ours[1]);
		System.out.printf(Locale.ROOT, "ansible-playbook raw  %6.2f / %6.2f   cdcloud/ansible = %.3f%n", ansible[0],
				ansible[1], ours[1] / ansible[1]);
		System.out.printf(Locale.ROOT, "parallel-ssh joined   %6.2f / %6.2f   cdcloud/pssh    = %.3f%n", pssh[0],
				pssh[1], ours[1] / pssh[1]);
		System.out.printf(Locale.ROOT, "physical floor 0.60 s + one handshake; cdcloud/0.6 s  = %.2f%n", ours[1] / 0.6);
	}

}
