package org.tripleo.cdcloud.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed fields out of one YAML mapping, reporting required fields that are missing,
 * values of the wrong type and unknown fields, so that per-file parsers stay short.
 * Getters return null (or an empty list) where a violation was reported.
 */
final class MappingReader {

	private static final Set<String> TRUE = Set.of("true", "yes", "on");

	private static final Set<String> FALSE = Set.of("false", "no", "off");

	private final YamlFile file;

	private final String path;

	private final Violations out;

	private final Map<String, Node> fields = new LinkedHashMap<>();

	private MappingReader(YamlFile file, String path, Violations out, List<NodeTuple> tuples) {
		this.file = file;
		this.path = path;
		this.out = out;
		for (NodeTuple tuple : tuples) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				// The first of duplicate keys wins; YamlIndexer reported the others.
				this.fields.putIfAbsent(key.getValue(), tuple.getValueNode());
			}
		}
	}

	/**
	 * Opens the root mapping of a file.
	 * @param file a usable file
	 * @param out where violations go
	 * @return the reader, or null when the root is not a mapping (reported)
	 */
	static MappingReader root(YamlFile file, Violations out) {
		return of(file, file.root(), "", out);
	}

	private static MappingReader of(YamlFile file, Node node, String path, Violations out) {
		if (isNull(node)) {
			return new MappingReader(file, path, out, List.of());
		}
		if (node instanceof MappingNode mapping) {
			return new MappingReader(file, path, out, mapping.getValue());
		}
		out.add(file, path, YamlRule.YAML_TYPE, "must be a mapping");
		return null;
	}

	/**
	 * Opens a list item or map entry as a mapping.
	 * @param item the item
	 * @return the reader, or null when the item is not a mapping (reported)
	 */
	MappingReader child(Item item) {
		return of(this.file, item.node(), item.path(), this.out);
	}

	/**
	 * Reports every field not in the list as unknown.
	 * @param known the documented fields
	 * @return this reader
	 */
	MappingReader only(String... known) {
		List<String> allowed = Arrays.asList(known);
		for (String key : this.fields.keySet()) {
			if (!allowed.contains(key)) {
				String hint = Spelling.closest(key, allowed).map((k) -> " (did you mean '" + k + "'?)").orElse("");
				report(key, YamlRule.YAML_UNKNOWN_FIELD, "unknown field '" + key + "'" + hint);
			}
		}
		return this;
	}

	String path() {
		return this.path;
	}

	String path(String key) {
		return FieldPath.child(this.path, key);
	}

	boolean has(String key) {
		return !isNull(this.fields.get(key));
	}

	String string(String key, boolean required) {
		ScalarNode scalar = scalar(key, required, "must be a string");
		if (scalar != null && scalar.getValue().isBlank() && required) {
			report(key, YamlRule.YAML_REQUIRED, "must not be empty");
			return null;
		}
		return (scalar != null) ? scalar.getValue() : null;
	}

	Integer integer(String key, boolean required) {
		ScalarNode scalar = scalar(key, required, "must be an integer");
		if (scalar == null) {
			return null;
		}
		try {
			if (!Tag.INT.equals(scalar.getTag())) {
				throw new NumberFormatException();
			}
			return Integer.valueOf(scalar.getValue().replace("_", ""));
		}
		catch (NumberFormatException ex) {
			report(key, YamlRule.YAML_TYPE, "must be a decimal integer");
			return null;
		}
	}

	boolean bool(String key, boolean fallback) {
		ScalarNode scalar = scalar(key, false, "must be true or false");
		if (scalar == null) {
			return fallback;
		}
		String value = scalar.getValue().toLowerCase(Locale.ROOT);
		if (!Tag.BOOL.equals(scalar.getTag()) || !(TRUE.contains(value) || FALSE.contains(value))) {
			report(key, YamlRule.YAML_TYPE, "must be true or false");
			return fallback;
		}
		return TRUE.contains(value);
	}

	MappingReader mapping(String key, boolean required) {
		if (!present(key, required)) {
			return null;
		}
		return of(this.file, this.fields.get(key), path(key), this.out);
	}

	List<Item> list(String key, boolean required) {
		if (!present(key, required)) {
			return List.of();
		}
		if (!(this.fields.get(key) instanceof SequenceNode sequence)) {
			report(key, YamlRule.YAML_TYPE, "must be a list");
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < sequence.getValue().size(); i++) {
			items.add(new Item(null, FieldPath.item(path(key), i), sequence.getValue().get(i)));
		}
		return items;
	}

	List<String> strings(String key, boolean required) {
		List<String> values = new ArrayList<>();
		for (Item item : list(key, required)) {
			if (item.node() instanceof ScalarNode scalar && !isNull(scalar)) {
				values.add(scalar.getValue());
			}
			else {
				this.out.add(this.file, item.path(), YamlRule.YAML_TYPE, "must be a string");
			}
		}
		return values;
	}

	/**
	 * Returns the entries of this mapping, for maps keyed by name.
	 * @return one item per key, in file order
	 */
	List<Item> entries() {
		return this.fields.entrySet()
			.stream()
			.map((entry) -> new Item(entry.getKey(), path(entry.getKey()), entry.getValue()))
			.toList();
	}

	/**
	 * Returns a map of scalar values, e.g. BIOS attributes.
	 * @param key the field holding the map
	 * @param required whether the field must be present
	 * @return the values in file order; entries that are not scalars are reported
	 */
	Map<String, String> scalars(String key, boolean required) {
		Map<String, String> values = new LinkedHashMap<>();
		MappingReader map = mapping(key, required);
		if (map != null) {
			map.fields.forEach((name, node) -> {
				if (node instanceof ScalarNode scalar && !isNull(scalar)) {
					values.put(name, scalar.getValue());
				}
				else {
					map.report(name, YamlRule.YAML_TYPE, "must be a single value, not a list, mapping or null");
				}
			});
		}
		return values;
	}

	private ScalarNode scalar(String key, boolean required, String typeMessage) {
		if (!present(key, required)) {
			return null;
		}
		if (this.fields.get(key) instanceof ScalarNode scalar) {
			return scalar;
		}
		report(key, YamlRule.YAML_TYPE, typeMessage);
		return null;
	}

	private boolean present(String key, boolean required) {
		if (has(key)) {
			return true;
		}
		if (required) {
			report(key, YamlRule.YAML_REQUIRED, "is required");
		}
		return false;
	}

	private void report(String key, Rule rule, String message) {
		this.out.add(this.file, path(key), rule, message);
	}

	private static boolean isNull(Node node) {
		return node == null || (node instanceof ScalarNode && Tag.NULL.equals(node.getTag()));
	}

	/**
	 * A list item or map entry still to be read.
	 *
	 * @param key the map key, or null for a list item
	 * @param path the item's field path
	 * @param node the item's node
	 */
	record Item(String key, String path, Node node) {

	}

}
