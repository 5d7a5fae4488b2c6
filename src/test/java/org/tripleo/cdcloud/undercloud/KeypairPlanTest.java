package org.tripleo.cdcloud.undercloud;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The keypair scheme: names, the default keypair, and which keypairs are left alone. */
class KeypairPlanTest {

	private static final String A = "ssh-ed25519 AAAA1 a@x";

	private static final String B = "ssh-ed25519 AAAA2 b@x";

	@Test
	void shouldNameOneKeypairPerKeyAndGiveDefaultTheFirstAdminsFirstKey() {
		// given
		Person zed = new Person("zed", "Z", "z@x", Set.of(Role.CD_ADMIN), List.of(B));
		Person ann = new Person("ann.o", "A", "a@x", Set.of(Role.CD_ADMIN), List.of(A, B));

		// when
		KeypairPlan plan = KeypairPlan.of(List.of(zed, ann));

		// then
		assertThat(plan.desired()).containsExactly(Map.entry("default", "ssh-ed25519 AAAA1"),
				Map.entry("cd-admin-ann_o", "ssh-ed25519 AAAA1"), Map.entry("cd-admin-ann_o-2", "ssh-ed25519 AAAA2"),
				Map.entry("cd-admin-zed", "ssh-ed25519 AAAA2"));
	}

	@Test
	void shouldPlanNothingWhenKeysMatchIgnoringComments() {
		KeypairPlan plan = KeypairPlan.of(List.of(new Person("ann", "A", "a@x", Set.of(Role.CD_ADMIN), List.of(A))));
		assertThat(plan.steps(Map.of("default", "ssh-ed25519 AAAA1 other-comment", "cd-admin-ann", A))).isEmpty();
	}

	@Test
	void shouldLeaveForeignKeypairsAndKeepDefaultWhenNoAdminHasKeys() {
		KeypairPlan plan = KeypairPlan.of(List.of());
		assertThat(plan.steps(Map.of("default", A, "mine", B, "cd-admin-gone", B)))
			.containsExactly(new KeypairPlan.Step(KeypairPlan.Action.DELETE, "cd-admin-gone", null));
	}

}
