package org.tripleo.cdcloud.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Writes an inventory of {@code n} overcloud nodes on fake hardware ({@code oc-0001}...),
 * on loopback addresses, from the test inventory's team, environments and other machines.
 */
final class FakeFleet {

	private static final Path TEST_INVENTORY = Path.of("src/test/resources/inventory/valid");

	private FakeFleet() {
	}

	static String node(int i) {
		return "oc-%04d".formatted(i);
	}

	static Path inventory(Path dir, int nodes) {
		try {
			Files.createDirectories(dir);
			Files.copy(TEST_INVENTORY.resolve("team.yaml"), dir.resolve("team.yaml"));
			Files.copy(TEST_INVENTORY.resolve("environments.yaml"), dir.resolve("environments.yaml"));
			String machines = Files.readString(TEST_INVENTORY.resolve("machines.yaml"));
			String profiles = machines.substring(machines.indexOf("hardware-profiles:"),
					machines.indexOf("  - name: oc-"));
			StringBuilder out = new StringBuilder(
					"deploy-range:\n  first: " + ip(1) + "\n  last: " + ip(nodes) + "\n\n" + profiles);
			IntStream.rangeClosed(1, nodes).forEach((i) -> out.append("""
					  - name: %s
					    role: overcloud
					    ip: %s
					    hardware: cd-overcloud-node
					    bios-profile: sl230s-gen8-eth2-pxe
					    eth2-mac: "02:00:00:00:%02x:%02x"
					    bmc:
					      driver: fake
					""".formatted(node(i), ip(i), i / 256, i % 256)));
			Files.writeString(dir.resolve("machines.yaml"), out);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String ip(int i) {
		return "127.1.%d.%d".formatted(i / 250, i % 250 + 1);
	}

}
