package org.tripleo.cdcloud.inventory;

/**
 * Structural rules, checked while a file is read, for every file alike.
 */
enum YamlRule implements Rule {

	FILE_MISSING("FILE-MISSING", "the file (or the BIOS profiles directory) must exist and be readable"),

	YAML_SYNTAX("YAML-SYNTAX", "the file must be one well-formed UTF-8 YAML document"),

	YAML_REQUIRED("YAML-REQUIRED", "a required field must be present and not empty"),

	YAML_TYPE("YAML-TYPE", "a value must have the documented type (mapping, list, string, integer, boolean)"),

	YAML_UNKNOWN_FIELD("YAML-UNKNOWN-FIELD",
			"a mapping must hold only documented fields (an unknown one is likely a typo)"),

	YAML_DUPLICATE_KEY("YAML-DUPLICATE-KEY", "a key must appear at most once in a mapping");

	private final String id;

	private final String description;

	YamlRule(String id, String description) {
		this.id = id;
		this.description = description;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String description() {
		return this.description;
	}

}
