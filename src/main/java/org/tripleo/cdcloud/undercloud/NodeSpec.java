package org.tripleo.cdcloud.undercloud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.Credential;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.secrets.SecretResolver;

/**
 * The Ironic node a machine of machines.yaml should be: driver, interfaces and
 * driver_info from its BMC entry, the password resolved from its credentials reference.
 *
 * <p>
 * Ironic masks passwords when it returns driver_info, so the node's
 * {@code extra.cdcloud_bmc_password} keeps a bcrypt hash of the password cdcloud last
 * wrote: a changed password (or a node without the hash) is written again. bcrypt,
 * because anyone who may read the node reads its extra.
 *
 * @param name the node's name (the machine's)
 * @param driver Ironic's hardware type
 * @param interfaces interface overrides (the fake ones for {@code fake} BMCs)
 * @param driverInfo driver_info without the password
 * @param passwordKey the driver_info key of the password, or null
 * @param password the resolved password, or null
 */
record NodeSpec(String name, String driver, Map<String, String> interfaces, Map<String, Object> driverInfo,
		String passwordKey, String password) {

	private static final String MASK = "******";

	/** The node's extra field holding the bcrypt hash of the last password written. */
	static final String PASSWORD_HASH = "cdcloud_bmc_password";

	static NodeSpec of(Machine machine, Map<String, Credential> credentials, SecretResolver secrets) {
		Bmc bmc = machine.bmc();
		if (bmc == null) {
			throw UndercloudException.config(machine.name() + " has no bmc in machines.yaml and cannot be enrolled");
		}
		String driver = BareMetal.driver(bmc);
		if (BareMetal.isFake(bmc)) {
			Map<String, String> fake = Map.of("boot_interface", "fake", "deploy_interface", "fake", "power_interface",
					"fake", "management_interface", "fake");
			return new NodeSpec(machine.name(), driver, fake, Map.of(), null, null);
		}
		Credential credential = credentials.get(bmc.credentials());
		String password = secrets.resolve(credential.password()).reveal();
		Map<String, Object> info = new LinkedHashMap<>();
		if ("ipmi".equals(driver)) {
			info.put("ipmi_address", bmc.address());
			info.put("ipmi_port", (bmc.port() != null) ? bmc.port() : 623);
			info.put("ipmi_username", credential.username());
			// NOTE(ipmi_sim, iLO4): suite 3 up front spares ipmitool's cipher-suite probe
			info.put("ipmi_cipher_suite", 3);
			return new NodeSpec(machine.name(), driver, Map.of(), info, "ipmi_password", password);
		}
		info.put("redfish_address", bmc.redfishUrl().toString());
		info.put("redfish_username", credential.username());
		return new NodeSpec(machine.name(), driver, Map.of(), info, "redfish_password", password);
	}

	Map<String, Object> createBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("driver", driver);
		body.putAll(interfaces);
		body.put("driver_info", fullDriverInfo());
		if (password != null) {
			body.put("extra", Map.of(PASSWORD_HASH, passwordHash()));
		}
		return body;
	}

	List<Map<String, Object>> updatePatch() {
		List<Map<String, Object>> patch = new ArrayList<>();
		patch.add(replace("/driver", driver));
		interfaces.forEach((key, value) -> patch.add(replace("/" + key, value)));
		patch.add(replace("/driver_info", fullDriverInfo()));
		if (password != null) {
			patch.add(BareMetal.add("/extra/" + PASSWORD_HASH, passwordHash()));
		}
		return patch;
	}

	/**
	 * Whether Ironic's node already is this spec, its password checked against the hash
	 * in extra.
	 * @param node Ironic's node
	 * @return true when nothing needs updating
	 */
	boolean matches(JsonNode node) {
		if (!driver.equals(node.path("driver").asText())) {
			return false;
		}
		for (Map.Entry<String, String> entry : interfaces.entrySet()) {
			if (!entry.getValue().equals(node.path(entry.getKey()).asText())) {
				return false;
			}
		}
		JsonNode info = node.path("driver_info");
		for (Map.Entry<String, Object> entry : driverInfo.entrySet()) {
			if (!String.valueOf(entry.getValue()).equals(info.path(entry.getKey()).asText())) {
				return false;
			}
		}
		return passwordKey == null || (MASK.equals(info.path(passwordKey).asText()) && passwordWritten(node));
	}

	private String passwordHash() {
		return BCrypt.hashpw(sha256(password), BCrypt.gensalt());
	}

	/**
	 * bcrypt reads 72 bytes at most: it hashes the password's SHA-256 (64 hex digits).
	 */
	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private boolean passwordWritten(JsonNode node) {
		String hash = node.path("extra").path(PASSWORD_HASH).asText("");
		try {
			return !hash.isEmpty() && BCrypt.checkpw(sha256(password), hash);
		}
		catch (IllegalArgumentException ex) {
			// not a bcrypt hash (edited by hand): write the password again
			return false;
		}
	}

	private Map<String, Object> fullDriverInfo() {
		Map<String, Object> info = new LinkedHashMap<>(driverInfo);
		if (passwordKey != null) {
			info.put(passwordKey, password);
		}
		return info;
	}

	private static Map<String, Object> replace(String path, Object value) {
		Map<String, Object> op = BareMetal.add(path, value);
		op.put("op", "replace");
		return op;
	}

	@Override
	public String toString() {
		return "NodeSpec[" + name + ", " + driver + "]";
	}

}
