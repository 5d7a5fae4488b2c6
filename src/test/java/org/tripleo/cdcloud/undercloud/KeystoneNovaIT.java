package org.tripleo.cdcloud.undercloud;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.model.compute.Keypair;
import org.openstack4j.model.identity.v3.User;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.team.ChangeReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keystone and Nova API from Debian's packages on 127.0.13.1 (Nova validates tokens
 * against this Keystone): authentication, the cd-admins' users and the keypair sync.
 */
class KeystoneNovaIT {

	private static final String KEY_A = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGcP2nvVvvp2fS4ZL/FW0qr+LAg0/S0nkUSi0pD7FSF2 a@x";

	private static final String KEY_B = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM+xfdbnR20U4lUhB1X4guX/sK9J2cX5HRCmseLt+5uT b@x";

	private static final String KEY_C = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPXArq4VqNMjkRs9+yl6PA42zi8q6C+gwNR4xxku4AaC c@x";

	@TempDir
	static Path dir;

	static OpenStackRig keystone;

	static OpenStackRig nova;

	static Undercloud undercloud;

	@BeforeAll
	static void startRigs() {
		keystone = OpenStackRig.keystone(dir.resolve("keystone"));
		nova = OpenStackRig.nova(dir.resolve("nova"));
		undercloud = Rigs.undercloud(dir, Rigs.passwordCloud("env:UC_PASSWORD"),
				Map.of("UC_PASSWORD", OpenStackRig.KEYSTONE_PASSWORD));
	}

	@AfterAll
	static void stopRigs() {
		if (nova != null) {
			nova.close();
		}
		if (keystone != null) {
			keystone.close();
		}
	}

	@Test
	void shouldAuthenticateAndListTheCatalog() {
		// when
		List<String> endpoints = undercloud.check();
		KeystoneSession session = undercloud.connect();

		// then
		assertThat(session.token()).isNotBlank();
		assertThat(endpoints).contains("identity public RegionOne http://127.0.13.1:5000/v3",
				"compute public RegionOne http://127.0.13.1:8774/v2.1");
	}

	@Test
	void shouldReportWrongPasswordAsAuthenticationError() {
		// given
		Undercloud wrong = Rigs.undercloud(dir.resolve("wrong"), Rigs.passwordCloud("env:UC_PASSWORD"),
				Map.of("UC_PASSWORD", "not-the-password"));

		// when / then
		assertThatThrownBy(wrong::connect).isInstanceOf(UndercloudException.class)
			.hasMessageContaining("Keystone refused the credentials of cloud 'rig'")
			.hasMessageNotContaining("not-the-password")
			.extracting((ex) -> ((UndercloudException) ex).code())
			.isEqualTo("UC-AUTH");
	}

	@Test
	void shouldCreateUserGrantRoleThenDisableAndRevoke() {
		// given
		KeystoneAccounts accounts = new KeystoneAccounts(undercloud);
		Person jane = new Person("jane.doe", "Jane Doe", "jane@example.org", Set.of(Role.CD_ADMIN), List.of(KEY_A));

		// when
		ChangeReport granted = accounts.grantApiAccess(jane);
		ChangeReport again = accounts.grantApiAccess(jane);

		// then
		assertThat(granted.changes()).containsExactly("created undercloud user jane.doe",
				"granted role member on project admin to jane.doe");
		assertThat(again.changed()).isFalse();
		KeystoneSession session = undercloud.connect();
		User user = session.client().identity().users().getByName("jane.doe", "default");
		assertThat(user.isEnabled()).isTrue();
		String memberRole = session.client().identity().roles().getByName("member").get(0).getId();
		String adminProject = session.client().identity().projects().getByName("admin").get(0).getId();
		assertThat(session.client()
			.identity()
			.roles()
			.checkProjectUserRole(adminProject, user.getId(), memberRole)
			.isSuccess()).isTrue();

		// given an application credential she made for herself
		session.client().identity().users().update(user.toBuilder().password("jane-rig-password").build());
		String appCredential = KeystoneRest.createApplicationCredential(user.getId(), "jane.doe", "jane-rig-password")
			.path("id")
			.asText();

		// when
		ChangeReport revoked = accounts.revokeApiAccess("jane.doe");
		ChangeReport revokedAgain = accounts.revokeApiAccess("jane.doe");

		// then
		assertThat(revoked.changes()).containsExactly("disabled undercloud user jane.doe",
				"deleted application credential " + appCredential + " of jane.doe");
		assertThat(revokedAgain.changed()).isFalse();
		assertThat(undercloud.connect().client().identity().users().getByName("jane.doe", "default").isEnabled())
			.isFalse();
		assertThat(accounts.revokeApiAccess("never.joined").changed()).isFalse();
	}

	@Test
	void shouldCreateListAndDeleteKeypairsAndSyncIdempotently() {
		// given
		NovaKeypairs keypairs = new NovaKeypairs(undercloud);
		Person ann = new Person("ann", "Ann", "ann@example.org", Set.of(Role.CD_ADMIN), List.of(KEY_A, KEY_B));
		Person bob = new Person("bob.b", "Bob", "bob@example.org", Set.of(Role.CD_ADMIN), List.of(KEY_C));

		// when
		ChangeReport first = keypairs.syncAdminKeypairs(List.of(bob, ann));
		ChangeReport second = keypairs.syncAdminKeypairs(List.of(ann, bob));

		// then
		assertThat(first.changes()).containsExactlyInAnyOrder("create keypair default", "create keypair cd-admin-ann",
				"create keypair cd-admin-ann-2", "create keypair cd-admin-bob_b");
		assertThat(second.changed()).isFalse();
		assertThat(novaKeypairs()).containsEntry("default", KeypairPlan.normalize(KEY_A))
			.containsEntry("cd-admin-ann-2", KeypairPlan.normalize(KEY_B))
			.containsEntry("cd-admin-bob_b", KeypairPlan.normalize(KEY_C));

		// when ann leaves and bob changes his key
		Person bobNewKey = new Person("bob.b", "Bob", "bob@example.org", Set.of(Role.CD_ADMIN), List.of(KEY_A));
		ChangeReport third = keypairs.syncAdminKeypairs(List.of(bobNewKey));

		// then
		assertThat(third.changes()).containsExactlyInAnyOrder("delete keypair cd-admin-ann",
				"delete keypair cd-admin-ann-2", "replace keypair cd-admin-bob_b");
		assertThat(novaKeypairs()).containsOnlyKeys("default", "cd-admin-bob_b");
	}

	private Map<String, String> novaKeypairs() {
		return undercloud.connect()
			.client()
			.compute()
			.keypairs()
			.list()
			.stream()
			.collect(Collectors.toMap(Keypair::getName, (keypair) -> KeypairPlan.normalize(keypair.getPublicKey())));
	}

}
