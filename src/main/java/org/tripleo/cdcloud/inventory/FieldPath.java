package org.tripleo.cdcloud.inventory;

/**
 * Field paths as printed in violations: {@code machines[3].bmc.address}.
 */
final class FieldPath {

	private FieldPath() {
	}

	static String child(String parent, String key) {
		return parent.isEmpty() ? key : parent + "." + key;
	}

	static String item(String parent, int index) {
		return parent + "[" + index + "]";
	}

	/**
	 * Appends a relative path such as {@code .bmc.address} or {@code [2]}.
	 * @param parent the parent path, possibly empty
	 * @param relative the relative path, starting with {@code .} or {@code [}, or empty
	 * @return the joined path
	 */
	static String join(String parent, String relative) {
		if (parent.isEmpty() && relative.startsWith(".")) {
			return relative.substring(1);
		}
		return parent + relative;
	}

	static String parent(String path) {
		int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
		return (cut > 0) ? path.substring(0, cut) : "";
	}

}
