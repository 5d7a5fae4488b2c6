package org.tripleo.cdcloud.undercloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.tripleo.cdcloud.CdcloudJar;
import org.tripleo.cdcloud.CdcloudCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cdcloud undercloud check|sync-keypairs|enroll} from the packaged jar (Spring
 * booted as an operator runs it) against the Keystone, Nova and Ironic rigs on
 * 127.0.13.1, the cloud found through {@code OS_CLIENT_CONFIG_FILE}.
 */
class UndercloudCommandIT {

	private static final String CLOUD = Rigs.passwordCloud("env:UC_PASSWORD")
			+ "    baremetal_endpoint_override: http://127.0.13.1:6385\n";

	@TempDir
	static Path dir;

	static OpenStackRig keystone;

	static OpenStackRig nova;

	static OpenStackRig ironic;

	static OpenStackRig tls;

	@BeforeAll
	static void startRigs() throws IOException {
		keystone = OpenStackRig.keystone(dir.resolve("keystone"));
		nova = OpenStackRig.nova(dir.resolve("nova"));
		ironic = OpenStackRig.ironic(dir.resolve("ironic"));
		tls = OpenStackRig.tls(dir.resolve("tls"));
		FileSystemUtils.copyRecursively(Path.of("src/test/resources/inventory/valid"), dir.resolve("inventory"));
	}

	@AfterAll
	static void stopRigs() {
		for (OpenStackRig rig : new OpenStackRig[] { tls, ironic, nova, keystone }) {
			if (rig != null) {
				rig.close();
			}
		}
	}

	@Test
	void checkListsTheCatalogsEndpoints() throws Exception {
		// when
		CdcloudJar.Result result = undercloud(CLOUD, OpenStackRig.KEYSTONE_PASSWORD, "check");

		// then
		assertThat(result.exit()).as(result.toString()).isEqualTo(CdcloudCommand.EXIT_OK);
		assertThat(result.out()).contains("identity public RegionOne http://127.0.13.1:5000/v3",
				"compute public RegionOne http://127.0.13.1:8774/v2.1");
	}

	@Test
	void checkTrustsTheCacertOfCloudsYamlFromThePackagedJar() throws Exception {
		// given Keystone behind TLS, its CA named in clouds.yaml (the jar's connector
		// order decides whether openstack4j honours it)
		String overTls = CLOUD.replace("http://127.0.13.1:5000/v3", "https://127.0.13.1:5443/v3") + "    cacert: "
				+ tls.dir().resolve("ca.pem") + "\n";

		// when
		CdcloudJar.Result result = undercloud(overTls, OpenStackRig.KEYSTONE_PASSWORD, "check");

		// then
		assertThat(result.exit()).as(result.toString()).isEqualTo(CdcloudCommand.EXIT_OK);
		assertThat(result.out()).contains("identity public RegionOne http://127.0.13.1:5000/v3");
	}

	@Test
	void syncKeypairsPrintsWhatItChangedThenNothing() throws Exception {
		// when
		CdcloudJar.Result first = undercloud(CLOUD, OpenStackRig.KEYSTONE_PASSWORD, "sync-keypairs");
		CdcloudJar.Result second = undercloud(CLOUD, OpenStackRig.KEYSTONE_PASSWORD, "sync-keypairs");

		// then
		assertThat(first.exit()).as(first.toString()).isEqualTo(CdcloudCommand.EXIT_OK);
		assertThat(first.out()).contains("create keypair default", "create keypair cd-admin-tester1",
				"create keypair cd-admin-tester2", "create keypair cd-admin-tester2-2");
		assertThat(second.exit()).as(second.toString()).isEqualTo(CdcloudCommand.EXIT_OK);
		assertThat(second.out()).contains("nothing to change").doesNotContain("create keypair");
	}

	@Test
	void enrollMakesTheMachineAvailableWithItsPxePortThenChangesNothing() throws Exception {
		// when
		CdcloudJar.Result first = undercloud(CLOUD, OpenStackRig.KEYSTONE_PASSWORD, "enroll", "oc-171");
		CdcloudJar.Result second = undercloud(CLOUD, OpenStackRig.KEYSTONE_PASSWORD, "enroll", "oc-171");

		// then
		assertThat(first.exit()).as(first.toString()).isEqualTo(CdcloudCommand.EXIT_OK);
		assertThat(first.out()).contains("created node oc-171 (fake-hardware)",
				"oc-171: created PXE port 00:02:c9:aa:01:71", "oc-171: enroll -> manageable",
				"oc-171: manageable -> available");
		assertThat(second.out()).contains("nothing to change");
		assertThat(second.exit()).isEqualTo(CdcloudCommand.EXIT_OK);
	}

	@Test
	void badConfigurationIsInvalidInputNamingTheFileAndField() throws Exception {
		// given a cloud without its user
		String noUser = CLOUD.replace("      username: admin\n", "");

		// when
		CdcloudJar.Result result = undercloud(noUser, OpenStackRig.KEYSTONE_PASSWORD, "check");

		// then
		assertThat(result.exit()).as(result.toString()).isEqualTo(CdcloudCommand.EXIT_INVALID_INPUT);
		assertThat(result.err())
			.contains("error: " + dir.resolve("clouds.yaml") + ": clouds.rig.auth.username is " + "required")
			.doesNotContain("\tat ");
	}

	@Test
	void refusedCredentialsFailTheCommandWithoutEchoingThePassword() throws Exception {
		// when
		CdcloudJar.Result result = undercloud(CLOUD, "not-the-rig-password", "check");

		// then
		assertThat(result.exit()).as(result.toString()).isEqualTo(CdcloudCommand.EXIT_FAILED);
		assertThat(result.err()).contains("error: Keystone refused the credentials of cloud 'rig'")
			.doesNotContain("not-the-rig-password")
			.doesNotContain("\tat ");
	}

	private static CdcloudJar.Result undercloud(String cloudsYaml, String password, String... args)
			throws IOException, InterruptedException {
		Path clouds = Files.writeString(dir.resolve("clouds.yaml"), cloudsYaml);
		String[] command = new String[args.length + 5];
		command[0] = "--inventory";
		command[1] = dir.resolve("inventory").toString();
		command[2] = "--bios-profiles";
		command[3] = Path.of("src/test/resources/bios-profiles").toAbsolutePath().toString();
		command[4] = "undercloud";
		System.arraycopy(args, 0, command, 5, args.length);
		return CdcloudJar.run(dir, Map.of("OS_CLIENT_CONFIG_FILE", clouds.toString(), "CDCLOUD_UNDERCLOUD_CLOUD", "rig",
				"UC_PASSWORD", password, "SPRING_DATASOURCE_URL", "jdbc:h2:mem:undercloud-cli"), command);
	}

}
