package org.tripleo.cdcloud.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.InventoryLoader;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The in-memory access seams of a service without an undercloud or a fleet, driven
 * through their interfaces: each change is reported once, a repeat changes nothing.
 */
class InMemoryAccessTest {

	private static final Person ANN = person("ann", Set.of(Role.ATC, Role.CD_ADMIN), "ann");

	private static final Person BOB = person("bob", Set.of(Role.ATC, Role.CD_ADMIN), "bob");

	/** atc and hp-employee: the loopback environments let her onto seed-vm-host only. */
	private static final Person CAT = person("cat", Set.of(Role.ATC, Role.HP_EMPLOYEE), "cat");

	@Test
	void keypairIsRebuiltOnlyWhenTheAdminsKeysChange() {
		// given
		InMemoryUndercloudKeypairs memory = new InMemoryUndercloudKeypairs();
		UndercloudKeypairs keypairs = memory;

		// when
		ChangeReport first = keypairs.syncAdminKeypairs(List.of(ANN, BOB));
		ChangeReport again = keypairs.syncAdminKeypairs(List.of(ANN, BOB));
		ChangeReport bobLeft = keypairs.syncAdminKeypairs(List.of(ANN));

		// then
		assertThat(first.changes())
			.containsExactly("rebuilt keypair admin/default (in memory) with 2 keys of 2 admins");
		assertThat(again.changed()).isFalse();
		assertThat(bobLeft.changed()).isTrue();
		assertThat(memory.keys(InMemoryUndercloudKeypairs.ADMIN_DEFAULT)).containsExactlyElementsOf(ANN.sshKeys());
	}

	@Test
	void apiAccessIsGrantedAndRevokedOnce() {
		// given
		InMemoryUndercloudAccounts memory = new InMemoryUndercloudAccounts();
		UndercloudAccounts accounts = memory;

		// when / then
		assertThat(accounts.grantApiAccess(ANN).changes())
			.containsExactly("undercloud user ann enabled with the admin role (in memory)");
		assertThat(accounts.grantApiAccess(ANN).changed()).isFalse();
		assertThat(memory.hasApiAccess("ann")).isTrue();
		assertThat(accounts.revokeApiAccess("ann").changes())
			.containsExactly("undercloud user ann disabled (in memory)");
		assertThat(accounts.revokeApiAccess("ann").changed()).isFalse();
		assertThat(accounts.revokeApiAccess("never.joined").changed()).isFalse();
		assertThat(memory.hasApiAccess("ann")).isFalse();
	}

	@Test
	void authorizedKeysFollowTheSshRulesAndTheLiveTeam() {
		// given the loopback inventory (seed-vm-host: atc and hp-employee; the rest:
		// cd-admin)
		Inventory inventory = new InventoryLoader(Path.of("src/test/resources/inventory/valid"),
				Path.of("src/test/resources/bios-profiles"))
			.load();
		TeamService team = mock(TeamService.class);
		given(team.people()).willReturn(List.of(ANN, BOB, CAT));
		InMemoryMachineAccess memory = new InMemoryMachineAccess(inventory, team);
		MachineAccess machines = memory;

		// when
		ChangeReport first = machines.syncAuthorizedKeys();
		ChangeReport again = machines.syncAuthorizedKeys();

		// then every machine was written once, each with the keys its rule lets in
		assertThat(first.changes()).hasSize(inventory.machines().size());
		assertThat(again.changed()).isFalse();
		assertThat(memory.authorizedKeys("undercloud")).containsExactly(ANN.sshKeys().get(0), BOB.sshKeys().get(0));
		assertThat(memory.authorizedKeys("oc-171")).containsExactly(ANN.sshKeys().get(0), BOB.sshKeys().get(0));
		assertThat(memory.authorizedKeys("seed-vm-host")).containsExactly(CAT.sshKeys().get(0));

		// when bob leaves the team
		given(team.people()).willReturn(List.of(ANN, CAT));
		ChangeReport bobLeft = machines.syncAuthorizedKeys();

		// then every cd-admin machine changed, seed-vm-host did not
		assertThat(bobLeft.changes()).hasSize(inventory.machines().size() - 1)
			.noneMatch((line) -> line.startsWith("seed-vm-host:"));
		assertThat(memory.authorizedKeys("undercloud")).containsExactly(ANN.sshKeys().get(0));
	}

	private static Person person(String id, Set<Role> roles, String comment) {
		return new Person(id, "Test " + id, id + "@example.org", roles, List.of(TestTeam.newKey(comment)));
	}

}
