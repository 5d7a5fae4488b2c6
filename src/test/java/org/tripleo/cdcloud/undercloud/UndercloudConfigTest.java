package org.tripleo.cdcloud.undercloud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** clouds.yaml reading and its errors, naming file and field; Keystone down. */
class UndercloudConfigTest {

	@TempDir
	Path dir;

	@Test
	void shouldReadAPasswordCloudWithItsSecretReference() {
		// when
		CloudConfig cloud = Rigs.undercloud(dir, Rigs.passwordCloud("store:undercloud/admin"), Map.of()).cloud();

		// then
		assertThat(cloud.authUrl()).hasToString("http://127.0.13.1:5000/v3");
		assertThat(cloud.username()).isEqualTo("admin");
		assertThat(cloud.secret()).hasToString("store:undercloud/admin");
		assertThat(cloud.region()).isEqualTo("RegionOne");
	}

	@Test
	void shouldRefuseALiteralPasswordWithoutEchoingIt() {
		assertThatThrownBy(() -> Rigs.undercloud(dir, Rigs.passwordCloud("hunter2"), Map.of()).cloud())
			.isInstanceOf(UndercloudException.class)
			.hasMessageContaining("clouds.yaml: clouds.rig.auth.password must be a secret reference")
			.hasMessageNotContaining("hunter2");
	}

	@Test
	void shouldNameTheMissingField() {
		String yaml = "clouds:\n  rig:\n    auth:\n      auth_url: http://127.0.13.1:5000\n      password: env:X\n";
		assertThatThrownBy(() -> Rigs.undercloud(dir, yaml, Map.of()).cloud())
			.hasMessageContaining("clouds.rig.auth.username is required");
	}

	@Test
	void shouldNameTheMissingCloud() {
		assertThatThrownBy(() -> Rigs.undercloud(dir, "clouds:\n  other: {}\n", Map.of()).cloud())
			.hasMessageContaining("no cloud 'rig' under clouds (found [other])");
	}

	@Test
	void shouldVerifyTlsUnlessTheCloudOptsOutInEitherSpelling() {
		// given
		String plain = Rigs.passwordCloud("env:X") + "    cacert: ca.pem\n";
		String verifyFalse = Rigs.passwordCloud("env:X") + "    verify: false\n";
		String insecureTrue = Rigs.passwordCloud("env:X") + "    insecure: true\n";

		// when
		CloudConfig verified = Rigs.undercloud(dir.resolve("a"), plain, Map.of()).cloud();

		// then
		assertThat(verified.insecure()).isFalse();
		assertThat(verified.cacert()).isEqualTo(dir.resolve("a/ca.pem").toAbsolutePath());
		assertThat(Rigs.undercloud(dir.resolve("b"), verifyFalse, Map.of()).cloud().insecure()).isTrue();
		assertThat(Rigs.undercloud(dir.resolve("c"), insecureTrue, Map.of()).cloud().insecure()).isTrue();
	}

	@Test
	void shouldNameTheCloudAndFileOfAnUnreadableCaBundle() throws Exception {
		// given
		Files.writeString(dir.resolve("ca.pem"), "not a certificate");
		String yaml = Rigs.passwordCloud("env:X") + "    cacert: ca.pem\n";

		// when / then
		assertThatThrownBy(() -> CloudTls.of(Rigs.undercloud(dir, yaml, Map.of()).cloud()))
			.isInstanceOf(UndercloudException.class)
			.hasMessageContaining("clouds.yaml clouds.rig.cacert " + dir.resolve("ca.pem"))
			.hasMessageContaining("is not a readable PEM CA bundle");
	}

	@Test
	void shouldFindCloudsYamlThroughOsClientConfigFile() {
		// given
		Path file = Rigs.undercloud(dir, Rigs.passwordCloud("env:X"), Map.of()).properties().cloudsFile();
		CloudsYaml cloudsYaml = new CloudsYaml(Map.of("OS_CLIENT_CONFIG_FILE", file.toString())::get, dir);

		// when / then
		assertThat(cloudsYaml.locate(null)).isEqualTo(file);
		assertThatThrownBy(() -> new CloudsYaml(Map.<String, String>of()::get, dir.resolve("nohome")).locate(null))
			.hasMessageContaining("no clouds.yaml found");
	}

	@Test
	void shouldReportKeystoneDownAsUnreachable() {
		// given nothing listens on the rig's Keystone address while unit tests run
		Undercloud undercloud = Rigs.undercloud(dir, Rigs.passwordCloud("env:UC_PASSWORD"), Map.of("UC_PASSWORD", "x"));

		// when / then
		assertThatThrownBy(undercloud::connect).isInstanceOf(UndercloudException.class)
			.hasMessageStartingWith("keystone at http://127.0.13.1:5000/v3 cannot be reached")
			.extracting((ex) -> ((UndercloudException) ex).code())
			.isEqualTo("UC-UNREACHABLE");
	}

	@Test
	void shouldRefuseAnUnsetCloudName() {
		Undercloud undercloud = new Undercloud(
				new UndercloudProperties(null, null, "admin", null, "Default", null, null, 1),
				Rigs.secrets(dir, Map.of()), Map.<String, String>of()::get, dir);
		assertThatThrownBy(undercloud::cloud).hasMessageContaining("cdcloud.undercloud.cloud is not set");
	}

}
