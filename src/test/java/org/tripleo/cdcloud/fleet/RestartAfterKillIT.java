package org.tripleo.cdcloud.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripleo.cdcloud.ssh.SshHostsRig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the packaged jar in the middle of a fleetUpdate, then {@code batch restart}
 * in a new JVM: the stale execution is recovered, only the hosts not done run, and every
 * host's marker is written exactly once.
 */
class RestartAfterKillIT {

	private static final Path JAR = Path.of("target/cdcloud.jar").toAbsolutePath();

	private static final Pattern STARTED = Pattern.compile("fleetUpdate execution (\\d+) started");

	private static SshHostsRig rig;

	@TempDir
	Path temp;

	@BeforeAll
	static void startHosts() {
		rig = SshHostsRig.start("127.0.10", 180, 6);
	}

	@AfterAll
	static void stopHosts() {
		rig.close();
	}

	@Test
	void restartAfterSigkillFinishesOnlyTheHostsNotDoneAndRunsNoRecipeTwice() throws Exception {
		// given a fleetUpdate running two hosts at a time in a child JVM
		Path inventory = rig.writeInventory();
		FleetTestRecipes.write(inventory.resolve("recipes"));
		Process first = batch(inventory, "fleetUpdate", "recipe=marker", "role=overcloud", "maxUnavailable=2");
		long id = executionId(first);
		// when it is killed with SIGKILL once two hosts are marked
		awaitMarkers(2);
		first.destroyForcibly();
		assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(markers()).as("the kill came mid-job").isLessThan(6);
		// then a restart in a new JVM recovers the stale execution and finishes the rest
		Process restart = batch(inventory, "restart", Long.toString(id));
		String out = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(restart.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(restart.exitValue()).as(() -> out + read(temp.resolve("err-restart.txt"))).isZero();
		assertThat(out).containsPattern("fleetUpdate #\\d+ COMPLETED: (\\d)/\\1 hosts done, 0 failed");
		for (int i = 0; i < rig.count(); i++) {
			assertThat(rig.home(i).resolve("marker-" + rig.name(i))).as(rig.name(i)).hasContent("once");
		}
	}

	private Process batch(Path inventory, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Dspring.datasource.url=jdbc:h2:file:" + temp.resolve("db/cdcloud") + ";AUTO_SERVER=TRUE",
				"-Dcdcloud.ssh.port=" + SshHostsRig.PORT, "-Dcdcloud.ssh.key-file=" + rig.keyFile(),
				"-Dcdcloud.ssh.log-dir=" + temp.resolve("logs"), "-Dcdcloud.secrets.store-file=" + temp.resolve("s"),
				"-jar", JAR.toString(), "batch", "--inventory", inventory.toString(), "--bios-profiles",
				SshHostsRig.biosProfiles().toString()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).directory(temp.toFile())
			.redirectError(temp.resolve("err-" + arguments[0] + ".txt").toFile())
			.start();
	}

	private static long executionId(Process process) throws IOException {
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			Matcher started = STARTED.matcher(line);
			if (started.find()) {
				Thread drain = new Thread(() -> drain(out));
				drain.setDaemon(true);
				drain.start();
				return Long.parseLong(started.group(1));
			}
		}
		throw new AssertionError("the batch command printed no execution id");
	}

	private static void drain(BufferedReader out) {
		try {
			while (out.readLine() != null) {
				// keep the pipe empty so the child never blocks on output
			}
		}
		catch (IOException ex) {
			// the child was killed
		}
	}

	private static void awaitMarkers(int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (markers() < count) {
			assertThat(System.currentTimeMillis()).as("markers written in time").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static long markers() {
		return IntStream.range(0, rig.count())
			.filter((i) -> Files.exists(rig.home(i).resolve("marker-" + rig.name(i))))
			.count();
	}

}
