package org.tripleo.cdcloud.undercloud;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.model.identity.v3.User;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TLS to the undercloud and application-credential login: the Keystone and Ironic rigs
 * behind stunnel on 127.0.13.1:5443 (5444: a certificate for another name) and 6443, with
 * a CA made at test time.
 */
@ExtendWith(OutputCaptureExtension.class)
class UndercloudTlsIT {

	private static final String KEYSTONE_TLS = "https://127.0.13.1:5443/v3";

	private static final Map<String, String> ENV = Map.of("UC_PASSWORD", OpenStackRig.KEYSTONE_PASSWORD);

	@TempDir
	static Path dir;

	static OpenStackRig keystone;

	static OpenStackRig ironic;

	static OpenStackRig tls;

	@BeforeAll
	static void startRigs() {
		keystone = OpenStackRig.keystone(dir.resolve("keystone"));
		ironic = OpenStackRig.ironic(dir.resolve("ironic"));
		tls = OpenStackRig.tls(dir.resolve("tls"));
	}

	@AfterAll
	static void stopRigs() {
		for (OpenStackRig rig : new OpenStackRig[] { tls, ironic, keystone }) {
			if (rig != null) {
				rig.close();
			}
		}
	}

	@Test
	void shouldAuthenticateAndReadTheCatalogTrustingOnlyTheCaBundle() {
		// given
		Undercloud undercloud = keystone("with-ca", KEYSTONE_TLS, "cacert: " + ca("ca.pem"));

		// when
		List<String> endpoints = undercloud.check();

		// then
		assertThat(undercloud.connect().token()).isNotBlank();
		assertThat(endpoints).contains("identity public RegionOne http://127.0.13.1:5000/v3");
	}

	@Test
	void shouldRefuseAnUntrustedCertificateNamingTheCloudAndCacert() {
		// given no cacert (the JVM's trust store), another CA, and the right CA for a
		// certificate of another host name
		Undercloud noCa = keystone("no-ca", KEYSTONE_TLS, "");
		Undercloud otherCa = keystone("other-ca", KEYSTONE_TLS, "cacert: " + ca("other-ca.pem"));
		Undercloud wrongName = keystone("wrong-name", "https://127.0.13.1:5444/v3", "cacert: " + ca("ca.pem"));

		// when / then
		assertTls(noCa::connect, "no cacert set, so the JVM's trust store");
		assertTls(otherCa::connect, "cacert " + ca("other-ca.pem"));
		assertTls(wrongName::connect, "cacert " + ca("ca.pem"));
		assertThatThrownBy(wrongName::connect).hasMessageContaining("127.0.13.1 not verified");
	}

	@Test
	void shouldConnectWithoutVerificationOnlyWhenOptedInAndWarnEachTime(CapturedOutput output) {
		// given
		Undercloud insecure = keystone("insecure", KEYSTONE_TLS, "verify: false");

		// when
		insecure.connect();
		insecure.connect();

		// then
		assertThat(output.getOut().split("UC-TLS-INSECURE", -1)).hasSize(3);
		assertThat(output).contains("insecure/clouds.yaml clouds.rig turns TLS verification off");
	}

	@Test
	void shouldNegotiateWithIronicOverTlsAndRefuseWithoutTheCa(CapturedOutput output) {
		// given
		Undercloud withCa = ironic("ironic-ca", "cacert: " + ca("ca.pem"));
		Undercloud noCa = ironic("ironic-no-ca", "");
		Undercloud insecure = ironic("ironic-insecure", "insecure: true");

		// when / then
		assertThat(withCa.check()).singleElement().asString().contains("https://127.0.13.1:6443 microversions");
		assertTls(noCa::check, "no cacert set");
		assertThat(insecure.check()).singleElement().asString().contains("https://127.0.13.1:6443");
		assertThat(output).contains("UC-TLS-INSECURE");
	}

	@Test
	void shouldLogInWithAnApplicationCredentialFromCloudsYamlAndCallKeystone() {
		// given an application credential the admin made for itself, its secret in the
		// environment
		Undercloud admin = keystone("admin", KEYSTONE_TLS, "cacert: " + ca("ca.pem"));
		String adminId = admin.connect().client().identity().users().getByName("admin", "default").getId();
		JsonNode credential = KeystoneRest.createApplicationCredential(adminId, "admin",
				OpenStackRig.KEYSTONE_PASSWORD);
		String yaml = """
				clouds:
				  rig:
				    auth_type: v3applicationcredential
				    auth:
				      auth_url: %s
				      application_credential_id: %s
				      application_credential_secret: env:UC_APP_SECRET
				    cacert: %s
				    region_name: RegionOne
				""".formatted(KEYSTONE_TLS, credential.path("id").asText(), ca("ca.pem"));
		Undercloud undercloud = Rigs.undercloud(dir.resolve("app"), yaml,
				Map.of("UC_APP_SECRET", credential.path("secret").asText()));

		// when
		KeystoneSession session = undercloud.connect();
		List<? extends User> users = session.call("keystone", "list users",
				() -> session.client().identity().users().list());

		// then
		assertThat(users).extracting(User::getName).contains("admin");
		assertThat(undercloud.check()).contains("identity public RegionOne http://127.0.13.1:5000/v3");

		// and a wrong secret is Keystone's refusal, not a transport error
		Undercloud wrong = Rigs.undercloud(dir.resolve("app-wrong"), yaml, Map.of("UC_APP_SECRET", "wrong"));
		assertThatThrownBy(wrong::connect).isInstanceOf(UndercloudException.class)
			.extracting((ex) -> ((UndercloudException) ex).code())
			.isEqualTo("UC-AUTH");
	}

	private static void assertTls(Runnable call, String trust) {
		assertThatThrownBy(call::run).isInstanceOf(UndercloudException.class)
			.hasMessageContaining("failed TLS verification for cloud 'rig'")
			.hasMessageContaining(trust)
			.extracting((ex) -> ((UndercloudException) ex).code())
			.isEqualTo("UC-TLS");
	}

	private static Undercloud keystone(String name, String authUrl, String tlsLine) {
		String yaml = Rigs.passwordCloud("env:UC_PASSWORD").replace("http://127.0.13.1:5000/v3", authUrl)
				+ (tlsLine.isEmpty() ? "" : "    " + tlsLine + "\n");
		return Rigs.undercloud(dir.resolve(name), yaml, ENV);
	}

	private static Undercloud ironic(String name, String tlsLine) {
		String yaml = """
				clouds:
				  rig:
				    auth_type: none
				    baremetal_endpoint_override: https://127.0.13.1:6443
				""" + (tlsLine.isEmpty() ? "" : "    " + tlsLine + "\n");
		return Rigs.undercloud(dir.resolve(name), yaml, Map.of());
	}

	private static Path ca(String file) {
		return tls.dir().resolve(file);
	}

}
