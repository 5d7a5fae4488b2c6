package org.tripleo.cdcloud.inventory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of {@code machines.yaml} about machines and their references to profiles.
 */
final class MachineRules {

	private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9][0-9_]{0,15}");

	private MachineRules() {
	}

	static List<InventoryRule> all() {
		return List.of(new MachineNameRule(), new MachineNameUniqueRule(), new MachineRoleRule(),
				new OvercloudFieldsRule(), new HardwareReferenceRule(), new BiosReferenceRule(),
				new HardwareNumbersRule());
	}

	static final class MachineNameRule extends InventoryRule {

		MachineNameRule() {
			super("MACH-NAME", "a machine's name must match [a-z0-9-]+");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				String name = machine.value().name();
				if (name != null && !NAME.matcher(name).matches()) {
					out.add(machine, ".name", this, "must match " + NAME + ", not '" + name + "'");
				}
			}
		}

	}

	static final class MachineNameUniqueRule extends InventoryRule {

		MachineNameUniqueRule() {
			super("MACH-NAME-UNIQUE", "no two machines may share a name");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Map<String, String> seen = new HashMap<>();
			for (Located<Machine> machine : inventory.machines()) {
				String name = machine.value().name();
				String first = (name != null) ? seen.putIfAbsent(name, machine.path()) : null;
				if (first != null) {
					out.add(machine, ".name", this, "name '" + name + "' is already used by " + first);
				}
			}
		}

	}

	static final class MachineRoleRule extends InventoryRule {

		MachineRoleRule() {
			super("MACH-ROLE", "role must be one of seed-vm-host, seed, undercloud, overcloud");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			String known = Arrays.stream(MachineRole.values()).map(MachineRole::id).collect(Collectors.joining(", "));
			for (Located<Machine> machine : inventory.machines()) {
				String role = machine.text(".role");
				if (machine.value().role() == null && role != null) {
					out.add(machine, ".role", this, "unknown role '" + role + "'; roles are " + known);
				}
			}
		}

	}

	static final class OvercloudFieldsRule extends InventoryRule {

		OvercloudFieldsRule() {
			super("MACH-OVERCLOUD", "an overcloud machine needs hardware, bios-profile, eth2-mac and bmc");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> located : inventory.machines()) {
				Machine machine = located.value();
				if (machine.role() != MachineRole.OVERCLOUD) {
					continue;
				}
				Object[] values = { machine.hardware(), machine.biosProfile(), machine.eth2Mac(), machine.bmc() };
				String[] fields = { "hardware", "bios-profile", "eth2-mac", "bmc" };
				for (int i = 0; i < fields.length; i++) {
					if (values[i] == null) {
						out.add(located, "." + fields[i], this, "is required for an overcloud machine");
					}
				}
			}
		}

	}

	static final class HardwareReferenceRule extends InventoryRule {

		HardwareReferenceRule() {
			super("MACH-HW-REF", "hardware must name an entry of hardware-profiles");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				String hardware = machine.value().hardware();
				if (hardware != null && !inventory.hardwareProfileNames().contains(hardware)) {
					out.add(machine, ".hardware", this, "no hardware profile '" + hardware + "' in hardware-profiles");
				}
			}
		}

	}

	static final class BiosReferenceRule extends InventoryRule {

		BiosReferenceRule() {
			super("MACH-BIOS-REF", "bios-profile must name a file <name>.yaml of the BIOS profiles directory");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				String profile = machine.value().biosProfile();
				if (profile != null && !inventory.biosProfileNames().contains(profile)) {
					out.add(machine, ".bios-profile", this, "no BIOS profile '" + profile + "' (file " + profile
							+ ".yaml) in the BIOS profiles directory");
				}
			}
		}

	}

	static final class HardwareNumbersRule extends InventoryRule {

		HardwareNumbersRule() {
			super("MACH-HW-NUMBERS", "cpu-cores, memory-gib, disk count and size-gb, nic speed-gbps must be positive");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<HardwareProfile> profile : inventory.hardwareProfiles()) {
				checkPositive(profile, ".cpu-cores", out);
				checkPositive(profile, ".memory-gib", out);
				for (int i = 0; i < profile.file().size(profile.path(".disks")); i++) {
					checkPositive(profile, ".disks[" + i + "].count", out);
					checkPositive(profile, ".disks[" + i + "].size-gb", out);
				}
				for (int i = 0; i < profile.file().size(profile.path(".nics")); i++) {
					checkPositive(profile, ".nics[" + i + "].speed-gbps", out);
				}
			}
		}

		// Reads the text as written so that list indexes match the file even where an
		// item could not be read; non-numbers were reported as YAML-TYPE already.
		private void checkPositive(Located<?> element, String field, Violations out) {
			String text = element.text(field);
			if (text != null && DECIMAL.matcher(text).matches() && Long.parseLong(text.replace("_", "")) <= 0) {
				out.add(element, field, this, "must be a positive number, not " + text);
			}
		}

	}

}
