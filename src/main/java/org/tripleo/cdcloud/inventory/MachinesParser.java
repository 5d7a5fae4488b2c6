package org.tripleo.cdcloud.inventory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.tripleo.cdcloud.inventory.MappingReader.Item;
import org.tripleo.cdcloud.inventory.ParsedInventory.MachinesFile;
import org.tripleo.cdcloud.secrets.SecretReference;

/**
 * Reads {@code machines.yaml}: deploy range, hardware profiles, credentials and machines.
 */
final class MachinesParser {

	private final YamlFile file;

	private final Violations out;

	private MachinesParser(YamlFile file, Violations out) {
		this.file = file;
		this.out = out;
	}

	static MachinesFile parse(YamlFile file, Violations out) {
		MappingReader root = file.usable() ? MappingReader.root(file, out) : null;
		if (root == null) {
			return MachinesFile.EMPTY;
		}
		root.only("deploy-range", "hardware-profiles", "credentials", "machines");
		MachinesParser parser = new MachinesParser(file, out);
		return new MachinesFile(parser.deployRange(root), HardwareProfileParser.parse(file, root),
				parser.credentials(root), parser.machines(root));
	}

	private Located<DeployRange> deployRange(MappingReader root) {
		MappingReader range = root.mapping("deploy-range", true);
		if (range == null) {
			return null;
		}
		range.only("first", "last");
		return new Located<>(this.file, range.path(),
				new DeployRange(range.string("first", true), range.string("last", true)));
	}

	private List<Located<Credential>> credentials(MappingReader root) {
		MappingReader credentials = root.mapping("credentials", false);
		List<Located<Credential>> located = new ArrayList<>();
		for (Item item : (credentials != null) ? credentials.entries() : List.<Item>of()) {
			MappingReader credential = credentials.child(item);
			if (credential != null) {
				credential.only("username", "password");
				Credential value = new Credential(item.key(), credential.string("username", true),
						secret(credential.string("password", true)));
				located.add(new Located<>(this.file, item.path(), value));
			}
		}
		return located;
	}

	private List<Located<Machine>> machines(MappingReader root) {
		List<Located<Machine>> located = new ArrayList<>();
		for (Item item : root.list("machines", true)) {
			MappingReader machine = root.child(item);
			if (machine != null) {
				machine.only("name", "role", "ip", "hardware", "bios-profile", "eth2-mac", "bmc");
				Machine value = new Machine(machine.string("name", true),
						MachineRole.fromId(machine.string("role", true)).orElse(null), machine.string("ip", true),
						machine.string("hardware", false), machine.string("bios-profile", false),
						machine.string("eth2-mac", false), bmc(machine));
				located.add(new Located<>(this.file, item.path(), value));
			}
		}
		return located;
	}

	private Bmc bmc(MappingReader machine) {
		MappingReader bmc = machine.mapping("bmc", false);
		if (bmc == null) {
			return null;
		}
		bmc.only("driver", "address", "port", "redfish-url", "credentials");
		return new Bmc(BmcDriver.fromId(bmc.string("driver", true)).orElse(null), bmc.string("address", false),
				bmc.integer("port", false), uri(bmc.string("redfish-url", false)), bmc.string("credentials", false));
	}

	// Values that do not convert stay null here; the rule that owns the field reports
	// them with its own id (MACH-CRED-SECRET, MACH-BMC-URL, MACH-ROLE, ...).
	private static SecretReference secret(String text) {
		try {
			return (text != null) ? SecretReference.parse(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static URI uri(String text) {
		try {
			return (text != null) ? new URI(text) : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
