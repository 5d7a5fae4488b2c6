package org.tripleo.cdcloud.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The loopback test inventory, and copies of it with bad files laid over.
 */
final class TestInventory {

	/** The valid loopback inventory; the lead's Spring tests use it too. */
	static final Path VALID = Path.of("src/test/resources/inventory/valid");

	/** The BIOS profiles of the loopback inventory. */
	static final Path BIOS_PROFILES = Path.of("src/test/resources/bios-profiles");

	/** One directory per rule id, holding the minimal bad files for that rule. */
	static final Path INVALID = Path.of("src/test/resources/inventory/invalid");

	/** A file {@code NAME.delete} in a bad-file directory removes inventory file NAME. */
	private static final String DELETE = ".delete";

	private TestInventory() {
	}

	static InventoryLoader validLoader() {
		return new InventoryLoader(VALID, BIOS_PROFILES);
	}

	/**
	 * Copies the valid inventory to {@code dir/inventory} and {@code dir/bios-profiles}.
	 * @param dir a temporary directory
	 * @return a loader over the copy
	 */
	static InventoryLoader copy(Path dir) {
		copyFiles(VALID, dir.resolve("inventory"));
		copyFiles(BIOS_PROFILES, dir.resolve("bios-profiles"));
		return new InventoryLoader(dir.resolve("inventory"), dir.resolve("bios-profiles"));
	}

	/**
	 * Copies the valid inventory and lays the bad files of one rule over it: YAML files
	 * replace inventory files, files under {@code bios-profiles/} are added to the BIOS
	 * profiles, and {@code NAME.delete} removes inventory file NAME.
	 * @param dir a temporary directory
	 * @param ruleId the rule whose directory under {@link #INVALID} to use
	 * @return a loader over the result
	 */
	static InventoryLoader withBadFiles(Path dir, String ruleId) {
		InventoryLoader loader = copy(dir);
		Path bad = INVALID.resolve(ruleId);
		for (Path file : list(bad)) {
			String name = file.getFileName().toString();
			try {
				if (name.endsWith(DELETE)) {
					Files.delete(dir.resolve("inventory").resolve(name.substring(0, name.length() - DELETE.length())));
				}
				else if (!Files.isDirectory(file)) {
					Files.copy(file, dir.resolve("inventory").resolve(name), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (Files.isDirectory(bad.resolve("bios-profiles"))) {
			copyFiles(bad.resolve("bios-profiles"), dir.resolve("bios-profiles"));
		}
		return loader;
	}

	static void write(Path dir, String inventoryFile, String text) {
		try {
			Files.writeString(dir.resolve("inventory").resolve(inventoryFile), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copyFiles(Path from, Path to) {
		try {
			Files.createDirectories(to);
			for (Path file : list(from)) {
				if (Files.isRegularFile(file)) {
					Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Path> list(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
