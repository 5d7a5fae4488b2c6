package org.tripleo.cdcloud.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of {@code machines.yaml} about IPv4 and MAC addresses and the deploy range.
 */
final class AddressRules {

	private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");

	private AddressRules() {
	}

	static List<InventoryRule> all() {
		return List.of(new DeployRangeIpRule(), new DeployRangeOrderRule(), new MachineIpRule(),
				new MachineIpUniqueRule(), new MachineIpRangeRule(), new MacAddressRule(), new MacAddressUniqueRule());
	}

	static final class DeployRangeIpRule extends InventoryRule {

		DeployRangeIpRule() {
			super("MACH-RANGE-IP", "deploy-range first and last must be IPv4 addresses");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Located<DeployRange> range = inventory.deployRange();
			if (range == null) {
				return;
			}
			String[] values = { range.value().first(), range.value().last() };
			String[] fields = { ".first", ".last" };
			for (int i = 0; i < fields.length; i++) {
				if (values[i] != null && !Ipv4.isValid(values[i])) {
					out.add(range, fields[i], this, "must be an IPv4 address, not '" + values[i] + "'");
				}
			}
		}

	}

	static final class DeployRangeOrderRule extends InventoryRule {

		DeployRangeOrderRule() {
			super("MACH-RANGE-ORDER", "deploy-range first must not be above last");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Located<DeployRange> range = inventory.deployRange();
			if (range != null && Ipv4.isValid(range.value().first()) && Ipv4.isValid(range.value().last())
					&& range.value().size() == 0) {
				out.add(range, ".last", this, "must not be below first (" + range.value().first() + ")");
			}
		}

	}

	static final class MachineIpRule extends InventoryRule {

		MachineIpRule() {
			super("MACH-IP", "a machine's ip must be an IPv4 address");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				String ip = machine.value().ip();
				if (ip != null && !Ipv4.isValid(ip)) {
					out.add(machine, ".ip", this, "must be an IPv4 address, not '" + ip + "'");
				}
			}
		}

	}

	static final class MachineIpUniqueRule extends InventoryRule {

		MachineIpUniqueRule() {
			super("MACH-IP-UNIQUE", "no two machines may share an ip");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Map<String, String> seen = new HashMap<>();
			for (Located<Machine> machine : inventory.machines()) {
				String ip = machine.value().ip();
				String first = Ipv4.isValid(ip) ? seen.putIfAbsent(ip, machine.path()) : null;
				if (first != null) {
					out.add(machine, ".ip", this, "ip " + ip + " is already used by " + first);
				}
			}
		}

	}

	static final class MachineIpRangeRule extends InventoryRule {

		MachineIpRangeRule() {
			super("MACH-IP-RANGE", "overcloud machines' ips must lie inside deploy-range, all others outside it");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Located<DeployRange> located = inventory.deployRange();
			if (located == null || located.value().size() == 0) {
				return;
			}
			DeployRange range = located.value();
			String bounds = range.first() + " - " + range.last();
			for (Located<Machine> machine : inventory.machines()) {
				MachineRole role = machine.value().role();
				String ip = machine.value().ip();
				if (role == null || !Ipv4.isValid(ip) || (role == MachineRole.OVERCLOUD) == range.contains(ip)) {
					continue;
				}
				out.add(machine, ".ip", this, (role == MachineRole.OVERCLOUD)
						? "an overcloud machine's ip must lie inside the deploy range " + bounds
						: "only overcloud machines may use the deploy range " + bounds + "; this one is " + role.id());
			}
		}

	}

	static final class MacAddressRule extends InventoryRule {

		MacAddressRule() {
			super("MACH-MAC", "eth2-mac must be six hex pairs separated by ':'");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				String mac = machine.value().eth2Mac();
				if (mac != null && !MAC.matcher(mac).matches()) {
					out.add(machine, ".eth2-mac", this,
							"must be six hex pairs separated by ':' (00:02:c9:12:34:56), not '" + mac + "'");
				}
			}
		}

	}

	static final class MacAddressUniqueRule extends InventoryRule {

		MacAddressUniqueRule() {
			super("MACH-MAC-UNIQUE", "no two machines may share an eth2-mac (compared case-insensitively)");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Map<String, String> seen = new HashMap<>();
			for (Located<Machine> machine : inventory.machines()) {
				String mac = machine.value().eth2Mac();
				String first = (mac != null && MAC.matcher(mac).matches())
						? seen.putIfAbsent(mac.toLowerCase(Locale.ROOT), machine.path()) : null;
				if (first != null) {
					out.add(machine, ".eth2-mac", this, "MAC " + mac + " is already used by " + first);
				}
			}
		}

	}

}
