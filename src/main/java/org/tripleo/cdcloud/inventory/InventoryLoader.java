package org.tripleo.cdcloud.inventory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and validates the inventory directory and the BIOS profiles directory together,
 * collecting every violation before failing.
 *
 * <p>
 * Plain class without Spring, so that start-up, the REST API and the CLI share one
 * validator. Each call reads the files again.
 */
public final class InventoryLoader {

	/** The team file's name inside the inventory directory. */
	public static final String TEAM_FILE = "team.yaml";

	/** The machines file's name inside the inventory directory. */
	public static final String MACHINES_FILE = "machines.yaml";

	/** The environments file's name inside the inventory directory. */
	public static final String ENVIRONMENTS_FILE = "environments.yaml";

	private final Path inventoryDir;

	private final Path biosProfilesDir;

	/**
	 * Creates a loader.
	 * @param inventoryDir the directory holding {@code team.yaml}, {@code machines.yaml}
	 * and {@code environments.yaml}
	 * @param biosProfilesDir the directory holding one {@code <name>.yaml} per BIOS
	 * profile
	 */
	public InventoryLoader(Path inventoryDir, Path biosProfilesDir) {
		this.inventoryDir = Objects.requireNonNull(inventoryDir, "inventoryDir");
		this.biosProfilesDir = Objects.requireNonNull(biosProfilesDir, "biosProfilesDir");
	}

	/**
	 * Loads the inventory.
	 * @return the validated inventory
	 * @throws InventoryValidationException listing every violation when any rule is
	 * broken, including missing or malformed files
	 */
	public Inventory load() {
		Violations out = new Violations();
		ParsedInventory parsed = check(out);
		List<Violation> violations = out.sorted();
		if (!violations.isEmpty()) {
			throw new InventoryValidationException(violations);
		}
		return parsed.toInventory(this.inventoryDir, this.biosProfilesDir);
	}

	/**
	 * Runs the same checks as {@link #load()} without failing.
	 * @return every violation in file, line and column order; empty when valid
	 */
	public List<Violation> validate() {
		Violations out = new Violations();
		check(out);
		return out.sorted();
	}

	/**
	 * Returns the rule catalogue, as documented in {@code inventory/README.md}.
	 * @return rule id to what the rule requires, in catalogue order
	 */
	public static Map<String, String> rules() {
		Map<String, String> rules = new LinkedHashMap<>();
		RuleCatalogue.all().forEach((rule) -> rules.put(rule.id(), rule.description()));
		return rules;
	}

	private ParsedInventory check(Violations out) {
		YamlFile team = YamlFile.load(this.inventoryDir.resolve(TEAM_FILE), TEAM_FILE, out);
		YamlFile machines = YamlFile.load(this.inventoryDir.resolve(MACHINES_FILE), MACHINES_FILE, out);
		YamlFile environments = YamlFile.load(this.inventoryDir.resolve(ENVIRONMENTS_FILE), ENVIRONMENTS_FILE, out);
		BiosProfileParser bios = BiosProfileParser.parse(this.biosProfilesDir, out);
		ParsedInventory parsed = new ParsedInventory(team, TeamParser.parse(team, out),
				MachinesParser.parse(machines, out), EnvironmentsParser.parse(environments, out), bios.profiles(),
				bios.names());
		RuleCatalogue.INVENTORY_RULES.forEach((rule) -> rule.check(parsed, out));
		return parsed;
	}

}
