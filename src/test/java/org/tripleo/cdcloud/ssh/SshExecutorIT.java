package org.tripleo.cdcloud.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SSH executor against real OpenSSH sshd hosts on 127.0.10.171-173:2222.
 */
class SshExecutorIT {

	private static SshHostsRig rig;

	@TempDir
	Path temp;

	@BeforeAll
	static void startHosts() {
		rig = SshHostsRig.start("127.0.10", 171, 3);
	}

	@AfterAll
	static void stopHosts() {
		rig.close();
	}

	@Test
	void shouldRunSeveralCommandsOverOneConnection() {
		try (SshConnection connection = executor(rig.knownHosts(), null).connect(target(1))) {
			CommandResult first = connection.run("echo hello; echo $HOME");
			CommandResult second = connection.run("true");
			assertThat(first.exitStatus()).isZero();
			assertThat(first.stdoutTail()).isEqualTo("hello\n" + rig.home(1) + "\n");
			assertThat(second.exitedWith(List.of(0))).isTrue();
		}
	}

	@Test
	void shouldReportNonZeroExitAndStderr() {
		try (SshConnection connection = executor(rig.knownHosts(), null).connect(target(0))) {
			CommandResult result = connection.run("echo oops >&2; exit 3");
			assertThat(result.exitStatus()).isEqualTo(3);
			assertThat(result.stderrTail()).isEqualTo("oops\n");
			assertThat(result.exitedWith(List.of(0))).isFalse();
		}
	}

	@Test
	void shouldStopACommandAtItsTimeout() {
		try (SshConnection connection = executor(rig.knownHosts(), null).connect(target(0))) {
			CommandResult result = connection.run("echo started; sleep 30", Duration.ofSeconds(1));
			assertThat(result.timedOut()).isTrue();
			assertThat(result.exitStatus()).isNull();
			assertThat(result.durationMillis()).isBetween(900L, 5000L);
			assertThat(connection.run("echo still usable").stdoutTail()).isEqualTo("still usable\n");
		}
	}

	@Test
	void shouldKeepOnlyTheTailOfOutputAndLogAll() throws Exception {
		try (SshConnection connection = executor(rig.knownHosts(), null).connect(target(0))) {
			CommandResult result = connection.run("head -c 100000 /dev/zero | tr '\\0' x; echo END");
			assertThat(result.stdoutTail()).hasSize(4096).endsWith("xxEND\n");
		}
		try (Stream<Path> logs = Files.walk(temp.resolve("logs"))) {
			assertThat(logs.filter((p) -> p.toString().endsWith(".stdout")).mapToLong(this::size).max())
				.hasValue(100004);
		}
	}

	@Test
	void shouldRefuseAChangedHostKeyShowingItsFingerprint() throws Exception {
		// given known_hosts that lists host 172's key for host 171
		String key172 = Files.readAllLines(rig.knownHosts())
			.stream()
			.filter((l) -> l.startsWith("[127.0.10.172]"))
			.findFirst()
			.orElseThrow();
		Path swapped = Files.writeString(temp.resolve("kh"), key172.replace("127.0.10.172", "127.0.10.171") + "\n");
		String realFingerprint = fingerprintOf(rig.dir().resolve("h171/hostkey.pub"));
		// when / then
		assertThatThrownBy(() -> executor(swapped, null).connect(target(0)))
			.isInstanceOfSatisfying(HostKeyRejectedException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("SSH-003");
				assertThat(ex.fingerprint()).isEqualTo(realFingerprint);
			})
			.hasMessageContaining("CHANGED")
			.hasMessageContaining(realFingerprint);
	}

	@Test
	void shouldRefuseAnUnknownHost() throws Exception {
		Path without173 = Files.write(temp.resolve("kh"),
				Files.readAllLines(rig.knownHosts()).stream().filter((l) -> !l.contains("127.0.10.173")).toList());
		assertThatThrownBy(() -> executor(without173, null).connect(target(2)))
			.isInstanceOfSatisfying(HostKeyRejectedException.class, (ex) -> assertThat(ex.code()).isEqualTo("SSH-002"))
			.hasMessageContaining("unknown host key")
			.hasMessageContaining(fingerprintOf(rig.dir().resolve("h173/hostkey.pub")));
	}

	@Test
	void shouldReportAnUnreachableHost() {
		SshTarget nobody = new SshTarget("oc-188", "127.0.10.188", SshHostsRig.PORT);
		assertThatThrownBy(() -> executor(rig.knownHosts(), null).connect(nobody)).isInstanceOf(SshException.class)
			.isNotInstanceOf(HostKeyRejectedException.class)
			.hasMessageContaining("oc-188")
			.hasMessageContaining("unreachable")
			.extracting((ex) -> ((SshException) ex).code())
			.isEqualTo("SSH-001");
	}

	@Test
	void shouldGoThroughTheJumpHost() {
		try (SshConnection connection = executor(rig.knownHosts(), "127.0.10.171:2222").connect(target(1))) {
			assertThat(connection.run("echo via jump").stdoutTail()).isEqualTo("via jump\n");
		}
		// a dead jump host makes the same target unreachable: the jump host is really
		// used
		assertThatThrownBy(() -> executor(rig.knownHosts(), "127.0.10.188:2222").connect(target(1)))
			.isInstanceOf(SshException.class)
			.hasMessageContaining("jump host 127.0.10.188");
	}

	private SshExecutor executor(Path knownHosts, String jumpHost) {
		return new SshExecutor(new SshProperties("root", SshHostsRig.PORT, rig.keyFile(), knownHosts, jumpHost,
				Duration.ofSeconds(5), Duration.ofSeconds(30), 4096, temp.resolve("logs")), null);
	}

	private static SshTarget target(int index) {
		return new SshTarget(rig.name(index), rig.address(index), SshHostsRig.PORT);
	}

	private long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String fingerprintOf(Path publicKey) throws Exception {
		Process keygen = new ProcessBuilder("ssh-keygen", "-lf", publicKey.toString()).start();
		String line = new String(keygen.getInputStream().readAllBytes());
		keygen.waitFor();
		return line.split(" ")[1];
	}

}
