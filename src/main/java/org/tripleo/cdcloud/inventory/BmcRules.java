package org.tripleo.cdcloud.inventory;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.tripleo.cdcloud.secrets.SecretReference;

/**
 * The rules of {@code machines.yaml} about BMCs and their credentials.
 */
final class BmcRules {

	private BmcRules() {
	}

	static List<InventoryRule> all() {
		return List.of(new BmcDriverRule(), new BmcAddressRule(), new BmcRedfishUrlRule(), new BmcPortRule(),
				new BmcCredentialsRule(), new CredentialSecretRule(), new BmcUniqueRule());
	}

	static final class BmcDriverRule extends InventoryRule {

		BmcDriverRule() {
			super("MACH-BMC-DRIVER", "bmc.driver must be one of ipmi, redfish, ipmi+redfish, fake");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			String known = Arrays.stream(BmcDriver.values()).map(BmcDriver::id).collect(Collectors.joining(", "));
			for (Located<Machine> machine : inventory.machines()) {
				String driver = machine.text(".bmc.driver");
				if (machine.value().bmc() != null && machine.value().bmc().driver() == null && driver != null) {
					out.add(machine, ".bmc.driver", this, "unknown driver '" + driver + "'; drivers are " + known);
				}
			}
		}

	}

	static final class BmcAddressRule extends InventoryRule {

		BmcAddressRule() {
			super("MACH-BMC-ADDR", "bmc.address is required by ipmi and ipmi+redfish and must be an IPv4 address");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				Bmc bmc = machine.value().bmc();
				if (bmc == null) {
					continue;
				}
				if (bmc.address() != null && !Ipv4.isValid(bmc.address())) {
					out.add(machine, ".bmc.address", this, "must be an IPv4 address, not '" + bmc.address() + "'");
				}
				else if (bmc.address() == null && bmc.driver() != null && bmc.driver().usesIpmi()) {
					out.add(machine, ".bmc.address", this, "is required by driver " + bmc.driver().id());
				}
			}
		}

	}

	static final class BmcRedfishUrlRule extends InventoryRule {

		BmcRedfishUrlRule() {
			super("MACH-BMC-URL", "bmc.redfish-url is required by redfish and ipmi+redfish and must be an https URL");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				Bmc bmc = machine.value().bmc();
				String text = machine.text(".bmc.redfish-url");
				if (bmc == null) {
					continue;
				}
				if (text != null && !isHttps(bmc.redfishUrl())) {
					out.add(machine, ".bmc.redfish-url", this, "must be an https URL with a host, not '" + text + "'");
				}
				else if (text == null && bmc.driver() != null && bmc.driver().usesRedfish()) {
					out.add(machine, ".bmc.redfish-url", this, "is required by driver " + bmc.driver().id());
				}
			}
		}

		private static boolean isHttps(URI url) {
			return url != null && "https".equalsIgnoreCase(url.getScheme()) && url.getHost() != null;
		}

	}

	static final class BmcPortRule extends InventoryRule {

		BmcPortRule() {
			super("MACH-BMC-PORT", "bmc.port must be between 1 and 65535");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				Bmc bmc = machine.value().bmc();
				if (bmc != null && bmc.port() != null && (bmc.port() < 1 || bmc.port() > 65535)) {
					out.add(machine, ".bmc.port", this, "must be between 1 and 65535, not " + bmc.port());
				}
			}
		}

	}

	static final class BmcCredentialsRule extends InventoryRule {

		BmcCredentialsRule() {
			super("MACH-BMC-CRED", "bmc.credentials must name an entry of credentials; required unless driver is fake");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Machine> machine : inventory.machines()) {
				Bmc bmc = machine.value().bmc();
				if (bmc == null) {
					continue;
				}
				if (bmc.credentials() != null && !inventory.credentialNames().contains(bmc.credentials())) {
					out.add(machine, ".bmc.credentials", this,
							"no credential '" + bmc.credentials() + "' in credentials");
				}
				else if (bmc.credentials() == null && bmc.driver() != null && bmc.driver() != BmcDriver.FAKE) {
					out.add(machine, ".bmc.credentials", this, "is required by driver " + bmc.driver().id());
				}
			}
		}

	}

	static final class CredentialSecretRule extends InventoryRule {

		CredentialSecretRule() {
			super("MACH-CRED-SECRET", "a credential's password must be a secret reference, env:VAR or store:KEY");
		}

		// The value is a password written by mistake: it must never reach a message.
		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Credential> credential : inventory.credentials()) {
				String text = credential.text(".password");
				if (credential.value().password() != null || text == null) {
					continue;
				}
				try {
					SecretReference.parse(text);
				}
				catch (IllegalArgumentException ex) {
					out.add(credential, ".password", this, ex.getMessage());
				}
			}
		}

	}

	static final class BmcUniqueRule extends InventoryRule {

		BmcUniqueRule() {
			super("MACH-BMC-UNIQUE", "no two machines may share a bmc.address or a bmc.redfish-url");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			Map<String, String> seen = new HashMap<>();
			for (Located<Machine> machine : inventory.machines()) {
				Bmc bmc = machine.value().bmc();
				if (bmc != null && bmc.address() != null) {
					unique(seen, "address " + bmc.address(), machine, ".bmc.address", out);
				}
				if (bmc != null && bmc.redfishUrl() != null) {
					String url = bmc.redfishUrl().normalize().toString().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
					unique(seen, "redfish-url " + url, machine, ".bmc.redfish-url", out);
				}
			}
		}

		private void unique(Map<String, String> seen, String key, Located<Machine> machine, String field,
				Violations out) {
			String first = seen.putIfAbsent(key, machine.path());
			if (first != null) {
				out.add(machine, field, this, "BMC " + key + " is already used by " + first);
			}
		}

	}

}
