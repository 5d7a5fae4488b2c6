package org.tripleo.cdcloud.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed element with the file and field path it came from.
 *
 * @param <T> the element type
 * @param file the file
 * @param path the element's field path, e.g. {@code machines[3]}
 * @param value the element; its fields are null where the YAML was missing or malformed
 */
record Located<T>(YamlFile file, String path, T value) {

	/**
	 * Returns the path of one of the element's fields.
	 * @param relative e.g. {@code .bmc.address}
	 * @return the full path
	 */
	String path(String relative) {
		return FieldPath.join(this.path, relative);
	}

	/**
	 * Returns the raw text of one of the element's fields, as written.
	 * @param relative e.g. {@code .role}
	 * @return the text, or null when absent or not a scalar
	 */
	String text(String relative) {
		return this.file.text(path(relative)).orElse(null);
	}

	/**
	 * Returns the scalar items of a list field as written, each with its own path; items
	 * that are not scalars are left out (the reader reported them).
	 * @param relative e.g. {@code .ssh-keys}
	 * @return the items in file order
	 */
	List<Located<String>> items(String relative) {
		String list = path(relative);
		List<Located<String>> items = new ArrayList<>();
		for (int i = 0; i < this.file.size(list); i++) {
			String item = FieldPath.item(list, i);
			this.file.text(item).ifPresent((text) -> items.add(new Located<>(this.file, item, text)));
		}
		return items;
	}

	/**
	 * Returns the keys of a mapping field as written.
	 * @param relative e.g. {@code .access}
	 * @return the keys in file order
	 */
	List<String> keys(String relative) {
		return this.file.keys(path(relative));
	}

}
