package org.tripleo.cdcloud.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every {@code *.yaml} file of the BIOS profiles directory: {@code {model,
 * description, settings, expected}}, named after the file.
 */
final class BiosProfileParser {

	private static final String SUFFIX = ".yaml";

	private final List<Located<BiosProfile>> profiles = new ArrayList<>();

	private final Set<String> names = new LinkedHashSet<>();

	private BiosProfileParser() {
	}

	static BiosProfileParser parse(Path directory, Violations out) {
		BiosProfileParser parser = new BiosProfileParser();
		String prefix = directory.toAbsolutePath().normalize().getFileName() + "/";
		try (Stream<Path> files = Files.list(directory)) {
			files.filter((path) -> path.getFileName().toString().endsWith(SUFFIX))
				.sorted()
				.forEach((path) -> parser.read(path, prefix + path.getFileName(), out));
		}
		catch (IOException ex) {
			out.add(new Violation(prefix, 1, 1, "", YamlRule.FILE_MISSING.id(),
					"BIOS profiles directory cannot be listed: " + directory));
		}
		return parser;
	}

	private void read(Path path, String displayName, Violations out) {
		String fileName = path.getFileName().toString();
		String name = fileName.substring(0, fileName.length() - SUFFIX.length());
		this.names.add(name);
		YamlFile file = YamlFile.load(path, displayName, out);
		MappingReader root = file.usable() ? MappingReader.root(file, out) : null;
		if (root == null) {
			return;
		}
		root.only("model", "description", "settings", "expected");
		BiosProfile profile = new BiosProfile(name, root.string("model", true),
				Objects.requireNonNullElse(root.string("description", false), ""), root.scalars("settings", true),
				root.scalars("expected", false));
		this.profiles.add(new Located<>(file, "", profile));
	}

	List<Located<BiosProfile>> profiles() {
		return this.profiles;
	}

	Set<String> names() {
		return this.names;
	}

}
