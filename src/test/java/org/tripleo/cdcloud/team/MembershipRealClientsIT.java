package org.tripleo.cdcloud.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.model.compute.Keypair;
import org.openstack4j.model.identity.v3.User;
import org.openstack4j.openstack.OSFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.secrets.SecretResolver;
import org.tripleo.cdcloud.secrets.SecretsProperties;
import org.tripleo.cdcloud.ssh.SshHostsRig;
import org.tripleo.cdcloud.undercloud.OpenStackRig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * admin-join with the real clients: Nova keypairs and the Keystone user on the OpenStack
 * rig (127.0.13.1), authorized_keys pushed over SSH to 18 sshd hosts (127.0.10.171-188);
 * measures the deciding vote to authorized_keys pushed everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@SuppressWarnings({ "rawtypes", "unchecked" })
class MembershipRealClientsIT {

	private static final int MACHINES = 18;

	/** The target for the deciding vote to step 4 done, for 18 machines. */
	private static final Duration TARGET = Duration.ofSeconds(60);

	private static final Path DIR = temporaryDirectory();

	private static final SshHostsRig hosts = SshHostsRig.start("127.0.10", 171, MACHINES);

	private static final OpenStackRig keystone = OpenStackRig.keystone(DIR.resolve("keystone"));

	private static final OpenStackRig nova = OpenStackRig.nova(DIR.resolve("nova"));

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TeamService team;

	@TestConfiguration
	static class UndercloudPassword {

		@Bean
		@Primary
		SecretResolver rigSecrets() {
			Map<String, String> environment = Map.of("UC_PASSWORD", OpenStackRig.KEYSTONE_PASSWORD);
			return new SecretResolver(new SecretsProperties(DIR.resolve("none.store"), "NO_PASSPHRASE"),
					environment::get);
		}

	}

	@DynamicPropertySource
	static void rigs(DynamicPropertyRegistry registry) throws IOException {
		Path inventory = hosts.writeInventory();
		Files.copy(TestTeam.write(2, 2).resolve("team.yaml"), inventory.resolve("team.yaml"),
				StandardCopyOption.REPLACE_EXISTING);
		Path clouds = Files.writeString(DIR.resolve("clouds.yaml"), """
				clouds:
				  rig:
				    auth:
				      auth_url: http://%s:5000/v3
				      username: admin
				      password: env:UC_PASSWORD
				      project_name: admin
				      user_domain_name: Default
				      project_domain_name: Default
				    region_name: RegionOne
				""".formatted(OpenStackRig.HOST));
		registry.add("cdcloud.inventory.dir", inventory::toString);
		registry.add("cdcloud.bios-profiles.dir", () -> SshHostsRig.biosProfiles().toString());
		registry.add("cdcloud.undercloud.cloud", () -> "rig");
		registry.add("cdcloud.undercloud.clouds-file", clouds::toString);
		registry.add("cdcloud.fleet.enabled", () -> "true");
		registry.add("cdcloud.ssh.port", () -> SshHostsRig.PORT);
		registry.add("cdcloud.ssh.key-file", () -> hosts.keyFile().toString());
		registry.add("cdcloud.ssh.log-dir", () -> hosts.dir().resolve("logs").toString());
	}

	@AfterAll
	static void stopRigs() {
		nova.close();
		keystone.close();
		hosts.close();
		FileSystemUtils.deleteRecursively(DIR.toFile());
	}

	@Test
	void approvedJoinReachesNovaKeystoneAndEveryMachineWithinAMinute() throws Exception {
		// given
		MembershipClient client = new MembershipClient(rest);
		String key = TestTeam.newKey("atc01@real-clients");
		Map request = client.applied(atc(1), key);

		// when a strict majority approves
		assertThat(client.approveByMajority(request)).containsEntry("state", "APPROVED");
		Map done = client.awaitSteps((String) request.get("id"));

		// then every step ran against the real peers
		assertThat(((List<Map>) done.get("steps")).stream().map((s) -> s.get("step"))).containsExactly("GRANT_ROLE",
				"SYNC_KEYPAIRS", "GRANT_API_ACCESS", "SYNC_AUTHORIZED_KEYS", "NOTIFY");
		assertThat(team.person(atc(1)).has(Role.CD_ADMIN)).isTrue();
		String keyBody = key.split(" ")[0] + " " + key.split(" ")[1];
		OSClientV3 admin = rigAdmin();
		assertThat(admin.compute().keypairs().list()).anySatisfy((Keypair keypair) -> {
			assertThat(keypair.getName()).startsWith("cd-admin-atc01");
			assertThat(keypair.getPublicKey()).startsWith(keyBody);
		}).extracting(Keypair::getName).contains("default", "cd-admin-ptl", "cd-admin-admin01");
		User user = admin.identity().users().getByName(atc(1), "default");
		assertThat(user.isEnabled()).isTrue();
		String adminRole = admin.identity().roles().getByName("admin").get(0).getId();
		String adminProject = admin.identity().projects().getByName("admin").get(0).getId();
		assertThat(admin.identity().roles().listRoleAssignments(adminProject))
			.anyMatch((a) -> user.getId().equals(a.getUserId()) && adminRole.equals(a.getRoleId()));
		assertThat(IntStream.range(0, MACHINES).mapToObj(this::authorizedKeys))
			.allSatisfy((keys) -> assertThat(keys).contains(keyBody));

		// and the deciding vote to authorized_keys pushed everywhere took under a minute
		Instant decidingVote = decidingVote(done);
		Duration elapsed = Duration.between(decidingVote, stepDone(done, "SYNC_AUTHORIZED_KEYS"));
		System.out.printf("MEASURE deciding vote -> step 4 done (Keystone + Nova rig, %d sshd hosts): %d ms (%s)%n",
				MACHINES, elapsed.toMillis(),
				((List<Map>) done.get("steps")).stream()
					.map((s) -> s.get("step") + " +"
							+ Duration.between(decidingVote, stepDone(done, (String) s.get("step"))).toMillis() + " ms")
					.toList());
		assertThat(elapsed).isLessThan(TARGET);
	}

	private String authorizedKeys(int host) {
		try {
			return Files.readString(hosts.home(host).resolve(".ssh/authorized_keys"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Instant decidingVote(Map done) {
		List<Map> votes = (List<Map>) done.get("votes");
		return Instant.parse((String) votes.get(votes.size() - 1).get("time"));
	}

	private static Instant stepDone(Map done, String step) {
		return ((List<Map>) done.get("steps")).stream()
			.filter((s) -> step.equals(s.get("step")))
			.map((s) -> Instant.parse((String) s.get("time")))
			.findFirst()
			.orElseThrow();
	}

	private static OSClientV3 rigAdmin() {
		return OSFactory.builderV3()
			.endpoint("http://" + OpenStackRig.HOST + ":5000/v3")
			.credentials("admin", OpenStackRig.KEYSTONE_PASSWORD, Identifier.byName("Default"))
			.scopeToProject(Identifier.byName("admin"), Identifier.byName("Default"))
			.authenticate();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("membership-real-clients");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
