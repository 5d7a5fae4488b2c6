package org.tripleo.cdcloud.inventory;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks a composed tree once, recording the path and position of every field and list
 * item, and reporting duplicate and non-scalar keys on the way.
 */
final class YamlIndexer {

	private final YamlFile file;

	private final Violations out;

	// Aliases share nodes, and a recursive alias would make the walk endless.
	private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());

	YamlIndexer(YamlFile file, Violations out) {
		this.file = file;
		this.out = out;
	}

	void index(Node node, String path) {
		if (node == null || !this.visited.add(node)) {
			return;
		}
		if (node instanceof MappingNode mapping) {
			indexMapping(mapping.getValue(), path);
		}
		else if (node instanceof SequenceNode sequence) {
			List<Node> items = sequence.getValue();
			for (int i = 0; i < items.size(); i++) {
				String itemPath = FieldPath.item(path, i);
				this.file.put(itemPath, items.get(i), YamlFile.positionOf(items.get(i).getStartMark()));
				index(items.get(i), itemPath);
			}
		}
	}

	private void indexMapping(List<NodeTuple> tuples, String path) {
		for (NodeTuple tuple : tuples) {
			Position at = YamlFile.positionOf(tuple.getKeyNode().getStartMark());
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				this.out.add(this.file, at, path, YamlRule.YAML_TYPE, "keys must be plain strings");
				continue;
			}
			String keyPath = FieldPath.child(path, key.getValue());
			if (this.file.node(keyPath).isPresent()) {
				this.out.add(this.file, at, keyPath, YamlRule.YAML_DUPLICATE_KEY, "duplicate key '" + key.getValue()
						+ "'; the first one, at line " + this.file.position(keyPath).line() + ", is used");
				continue;
			}
			this.file.put(keyPath, tuple.getValueNode(), at);
			index(tuple.getValueNode(), keyPath);
		}
	}

}
