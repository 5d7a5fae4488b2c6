package org.tripleo.cdcloud.bmc.redfish;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for 127.0.0.1 (or given addresses), made fresh per test run
 * with the JDK's keytool: a PKCS12 key store for the server and the certificate as PEM
 * for the client to pin.
 *
 * @param keyStore the PKCS12 file
 * @param password its password
 * @param pem the certificate, PEM
 */
public record SelfSignedCertificate(Path keyStore, char[] password, Path pem) {

	static SelfSignedCertificate create(Path dir) throws Exception {
		return create(dir, List.of("127.0.0.1"));
	}

	/**
	 * Makes a certificate valid for the given IP addresses.
	 * @param dir where the key store and PEM go
	 * @param addresses the IP addresses in its subject alternative names
	 * @return the certificate
	 * @throws Exception when keytool fails
	 */
	public static SelfSignedCertificate create(Path dir, List<String> addresses) throws Exception {
		Path keyStore = dir.resolve("bmc.p12");
		Path pem = dir.resolve("bmc.pem");
		String password = "fixture-" + System.nanoTime();
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		run(List.of(keytool, "-genkeypair", "-alias", "bmc", "-keyalg", "EC", "-groupname", "secp256r1", "-validity",
				"2", "-dname", "CN=" + addresses.get(0), "-ext",
				"SAN=" + String.join(",", addresses.stream().map((a) -> "ip:" + a).toList()), "-keystore",
				keyStore.toString(), "-storetype", "PKCS12", "-storepass", password));
		run(List.of(keytool, "-exportcert", "-rfc", "-alias", "bmc", "-keystore", keyStore.toString(), "-storepass",
				password, "-file", pem.toString()));
		return new SelfSignedCertificate(keyStore, password.toCharArray(), pem);
	}

	private static void run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("keytool failed: " + new String(process.getInputStream().readAllBytes()));
		}
	}

}
