package org.tripleo.cdcloud.inventory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.tripleo.cdcloud.inventory.MappingReader.Item;

/**
 * Reads {@code environments.yaml}: {@code environments: {ID: {description, machines,
 * access: {api, ssh}}}}.
 */
final class EnvironmentsParser {

	private EnvironmentsParser() {
	}

	static List<Located<Environment>> parse(YamlFile file, Violations out) {
		MappingReader root = file.usable() ? MappingReader.root(file, out) : null;
		MappingReader environments = (root != null) ? root.only("environments").mapping("environments", true) : null;
		if (environments == null) {
			return List.of();
		}
		List<Located<Environment>> located = new ArrayList<>();
		for (Item item : environments.entries()) {
			MappingReader environment = environments.child(item);
			if (environment != null) {
				located.add(new Located<>(file, item.path(), environment(item.key(), environment)));
			}
		}
		return located;
	}

	private static Environment environment(String id, MappingReader environment) {
		environment.only("description", "machines", "access");
		// Unknown roles, channels and malformed expressions are left out here and
		// reported by the ENV-* rules.
		List<MachineRole> roles = environment.strings("machines", true)
			.stream()
			.map(MachineRole::fromId)
			.flatMap(Optional::stream)
			.toList();
		Map<Channel, RoleExpression> access = new EnumMap<>(Channel.class);
		MappingReader channels = environment.mapping("access", false);
		for (Item item : (channels != null) ? channels.entries() : List.<Item>of()) {
			Optional<Channel> channel = Channel.fromId(item.key());
			String text = channels.string(item.key(), true);
			if (channel.isPresent() && text != null) {
				parse(text).ifPresent((expression) -> access.put(channel.get(), expression));
			}
		}
		return new Environment(id, Objects.requireNonNullElse(environment.string("description", false), ""), roles,
				access);
	}

	private static Optional<RoleExpression> parse(String text) {
		try {
			return Optional.of(RoleExpression.parse(text));
		}
		catch (RoleExpressionException ex) {
			return Optional.empty();
		}
	}

}
