package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * Real OpenSSH sshd hosts on loopback ({@code src/test/rigs/sshd/start-hosts.sh}), one
 * per address, in a temp dir with their own client key, known_hosts and a clean HOME;
 * plus an inventory whose overcloud machines are these hosts.
 */
public final class SshHostsRig implements AutoCloseable {

	/** SSH port of every rig host. */
	public static final int PORT = 2222;

	private static final Path SCRIPTS = Path.of("src/test/rigs/sshd").toAbsolutePath();

	private final Path dir;

	private final String prefix;

	private final int first;

	private final int count;

	private SshHostsRig(Path dir, String prefix, int first, int count) {
		this.dir = dir;
		this.prefix = prefix;
		this.first = first;
		this.count = count;
	}

	/**
	 * Starts {@code count} hosts at {@code prefix.first} upwards, port 2222.
	 * @param prefix the first three octets, e.g. {@code 127.0.10}
	 * @param first the last octet of the first host
	 * @param count how many hosts
	 * @return the running rig
	 */
	public static SshHostsRig start(String prefix, int first, int count) {
		try {
			Path dir = Files.createTempDirectory("sshd-rig");
			run(Duration.ofSeconds(60), SCRIPTS.resolve("start-hosts.sh").toString(), dir.toString(), prefix,
					Integer.toString(first), Integer.toString(count), Integer.toString(PORT));
			return new SshHostsRig(dir, prefix, first, count);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path dir() {
		return dir;
	}

	public Path keyFile() {
		return dir.resolve("id_ed25519");
	}

	public Path knownHosts() {
		return dir.resolve("known_hosts");
	}

	/** The HOME remote commands on the host at {@code index} run with. */
	public Path home(int index) {
		return dir.resolve("h" + (first + index) + "/home");
	}

	public String address(int index) {
		return prefix + "." + (first + index);
	}

	/** The inventory name of the host at {@code index}: {@code oc-<last octet>}. */
	public String name(int index) {
		return "oc-" + (first + index);
	}

	public int count() {
		return count;
	}

	/**
	 * Writes an inventory (test team and environments, these hosts as overcloud machines,
	 * their known_hosts) into the rig dir.
	 * @return the inventory dir
	 */
	public Path writeInventory() {
		try {
			Path inventory = dir.resolve("inventory");
			FileSystemUtils.copyRecursively(Path.of("src/test/resources/inventory/valid"), inventory);
			Files.copy(knownHosts(), inventory.resolve("known_hosts"));
			Files.writeString(inventory.resolve("machines.yaml"), machinesYaml());
			return inventory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String machinesYaml() {
		StringBuilder yaml = new StringBuilder(
				"deploy-range:\n  first: " + address(0) + "\n  last: " + address(count - 1) + "\n" + """
						hardware-profiles:
						  cd-overcloud-node:
						    cpu-cores: %d
						    memory-gib: 4096
						    disks:
						      - size-gb: 20
						    nics:
						      - name: eth2
						        speed-gbps: 10
						        wired: true
						        pxe: true
						machines:
						""".formatted(Runtime.getRuntime().availableProcessors()));
		for (int i = 0; i < count; i++) {
			yaml.append("  - name: ").append(name(i)).append("\n    role: overcloud\n    ip: ").append(address(i));
			yaml.append("\n    hardware: cd-overcloud-node\n    bios-profile: sl230s-gen8-eth2-pxe\n");
			yaml.append("    eth2-mac: \"02:00:00:00:%02x:%02x\"\n    bmc:\n      driver: fake\n"
				.formatted((first + i) >> 8, (first + i) & 0xff));
		}
		return yaml.toString();
	}

	/** The absolute BIOS profiles dir the rig inventory refers to. */
	public static Path biosProfiles() {
		return Path.of("src/test/resources/bios-profiles").toAbsolutePath();
	}

	@Override
	public void close() {
		run(Duration.ofSeconds(30), SCRIPTS.resolve("stop-hosts.sh").toString(), dir.toString());
		FileSystemUtils.deleteRecursively(dir.toFile());
	}

	private static void run(Duration deadline, String... command) {
		try {
			Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command[0] + " did not finish within " + deadline);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command[0] + " failed with exit " + process.exitValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
