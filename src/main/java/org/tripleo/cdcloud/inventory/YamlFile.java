package org.tripleo.cdcloud.inventory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One composed YAML file with an index from field path to node and position, so that
 * rules only need a field path to report a violation.
 */
final class YamlFile {

	private static final Position START = new Position(1, 1);

	private final String name;

	private final boolean usable;

	private final Node root;

	private final Map<String, Node> values = new HashMap<>();

	private final Map<String, Position> positions = new HashMap<>();

	private YamlFile(String name, boolean usable, Node root) {
		this.name = name;
		this.usable = usable;
		this.root = root;
	}

	/**
	 * Reads and composes a file, reporting a missing file or a syntax error.
	 * @param path the file
	 * @param name the name violations print
	 * @param out where violations go
	 * @return the file; {@link #usable()} is false when it could not be composed
	 */
	static YamlFile load(Path path, String name, Violations out) {
		String text;
		try {
			text = Files.readString(path);
		}
		catch (NoSuchFileException ex) {
			return unusable(name, out, YamlRule.FILE_MISSING, START, "file not found: " + path);
		}
		catch (CharacterCodingException ex) {
			return unusable(name, out, YamlRule.YAML_SYNTAX, START, "is not UTF-8 text");
		}
		catch (IOException ex) {
			return unusable(name, out, YamlRule.FILE_MISSING, START, "cannot be read: " + ex);
		}
		return compose(text, name, out);
	}

	private static YamlFile compose(String text, String name, Violations out) {
		try {
			Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
			YamlFile file = new YamlFile(name, true, root);
			new YamlIndexer(file, out).index(root, "");
			return file;
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			String problem = (ex.getProblem() != null) ? ex.getProblem() : ex.getContext();
			// The problem text, unlike getMessage(), holds no snippet of the file: a
			// literal secret near the error must not reach a log.
			return unusable(name, out, YamlRule.YAML_SYNTAX, positionOf(mark), "is not valid YAML: " + problem);
		}
	}

	private static YamlFile unusable(String name, Violations out, Rule rule, Position position, String message) {
		YamlFile file = new YamlFile(name, false, null);
		out.add(new Violation(name, position.line(), position.column(), "", rule.id(), message));
		return file;
	}

	String name() {
		return this.name;
	}

	boolean usable() {
		return this.usable;
	}

	Node root() {
		return this.root;
	}

	void put(String path, Node value, Position position) {
		this.values.putIfAbsent(path, value);
		this.positions.putIfAbsent(path, position);
	}

	/**
	 * Returns the text of a non-null scalar.
	 * @param path a field path
	 * @return the text, or empty when the path is absent, null or not a scalar
	 */
	Optional<String> text(String path) {
		Node node = this.values.get(path);
		if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
			return Optional.of(scalar.getValue());
		}
		return Optional.empty();
	}

	Optional<Node> node(String path) {
		return Optional.ofNullable(this.values.get(path));
	}

	/**
	 * Returns the number of items of a list.
	 * @param path a field path
	 * @return the size, 0 when the path is absent or not a list
	 */
	int size(String path) {
		return (this.values.get(path) instanceof SequenceNode sequence) ? sequence.getValue().size() : 0;
	}

	/**
	 * Returns the keys of a mapping, in file order, without duplicates.
	 * @param path a field path
	 * @return the keys, none when the path is absent or not a mapping
	 */
	List<String> keys(String path) {
		if (!(this.values.get(path) instanceof MappingNode mapping)) {
			return List.of();
		}
		return mapping.getValue()
			.stream()
			.map(NodeTuple::getKeyNode)
			.filter(ScalarNode.class::isInstance)
			.map((key) -> ((ScalarNode) key).getValue())
			.distinct()
			.toList();
	}

	/**
	 * Returns where a field is, or where its nearest present ancestor is.
	 * @param path a field path
	 * @return the position of the key (or list item) that introduces the field
	 */
	Position position(String path) {
		String current = path;
		while (!current.isEmpty()) {
			Position position = this.positions.get(current);
			if (position != null) {
				return position;
			}
			current = FieldPath.parent(current);
		}
		return (this.root != null) ? positionOf(this.root.getStartMark()) : START;
	}

	/**
	 * Returns the position of a character inside a scalar value written on one line.
	 * @param path a field path
	 * @param offset 0-based offset inside the value
	 * @return the position, or that of the field when the value is not a one-line scalar
	 */
	Position positionInValue(String path, int offset) {
		Node node = this.values.get(path);
		if (!(node instanceof ScalarNode scalar) || scalar.getStartMark().getLine() != scalar.getEndMark().getLine()) {
			return position(path);
		}
		int quote = scalar.isPlain() ? 0 : 1;
		Position start = positionOf(scalar.getStartMark());
		return new Position(start.line(), start.column() + quote + offset);
	}

	static Position positionOf(Mark mark) {
		return (mark != null) ? new Position(mark.getLine() + 1, mark.getColumn() + 1) : START;
	}

}
