package org.tripleo.cdcloud.undercloud;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tripleo.cdcloud.inventory.Person;

/**
 * The keypairs the undercloud's admin user should hold for the current cd-admins.
 *
 * <p>
 * A Nova keypair is immutable and holds one key, so the scheme is: one keypair per key,
 * {@code cd-admin-<id>} for a person's first key and {@code cd-admin-<id>-<n>} for the
 * n-th (characters Nova's 2.1 API refuses in a name, such as {@code .}, become
 * {@code _}); and {@code default}, the seed's name that TripleO injects into nodes it
 * deploys, holds the first key of the first cd-admin by id, so a freshly deployed node
 * admits a current admin until the fleet job pushes the whole key set. Keypairs outside
 * {@code default} and {@code cd-admin-*} are not cdcloud's and are never touched.
 *
 * @param desired keypair name to public key ({@code type base64}, without comment)
 */
record KeypairPlan(Map<String, String> desired) {

	static final String DEFAULT = "default";

	static final String PREFIX = "cd-admin-";

	static KeypairPlan of(List<Person> admins) {
		Map<String, String> desired = new LinkedHashMap<>();
		List<Person> sorted = admins.stream()
			.filter((person) -> !person.sshKeys().isEmpty())
			.sorted(Comparator.comparing(Person::id))
			.toList();
		if (!sorted.isEmpty()) {
			desired.put(DEFAULT, normalize(sorted.get(0).sshKeys().get(0)));
		}
		for (Person person : sorted) {
			String base = PREFIX + person.id().replaceAll("[^A-Za-z0-9_-]", "_");
			for (int i = 0; i < person.sshKeys().size(); i++) {
				desired.put((i == 0) ? base : base + "-" + (i + 1), normalize(person.sshKeys().get(i)));
			}
		}
		return new KeypairPlan(desired);
	}

	/**
	 * What to do to turn the existing keypairs into the desired ones.
	 * @param existing every keypair of the user, name to public key as Nova holds it
	 * @return the steps, deletions first; none when everything matches
	 */
	List<Step> steps(Map<String, String> existing) {
		List<Step> deletes = new ArrayList<>();
		List<Step> creates = new ArrayList<>();
		existing.forEach((name, key) -> {
			String want = desired.get(name);
			boolean ours = name.equals(DEFAULT) || name.startsWith(PREFIX);
			if (ours && want != null && !want.equals(normalize(key))) {
				deletes.add(new Step(Action.REPLACE, name, want));
			}
			else if (ours && want == null && name.startsWith(PREFIX)) {
				deletes.add(new Step(Action.DELETE, name, null));
			}
		});
		desired.forEach((name, key) -> {
			if (!existing.containsKey(name)) {
				creates.add(new Step(Action.CREATE, name, key));
			}
		});
		deletes.addAll(creates);
		return deletes;
	}

	static String normalize(String authorizedKeysLine) {
		String[] parts = authorizedKeysLine.strip().split("\\s+");
		return (parts.length >= 2) ? parts[0] + " " + parts[1] : authorizedKeysLine.strip();
	}

	/** What a step does. */
	enum Action {

		/** Create a missing keypair. */
		CREATE,
		/** Delete and re-create a keypair whose key changed (keypairs are immutable). */
		REPLACE,
		/** Delete a {@code cd-admin-*} keypair of someone no longer a cd-admin. */
		DELETE

	}

	/**
	 * One step of the plan.
	 *
	 * @param action what to do
	 * @param name the keypair
	 * @param publicKey the key to create it with, or null for a deletion
	 */
	record Step(Action action, String name, String publicKey) {

		String describe() {
			return action.name().toLowerCase() + " keypair " + name;
		}

	}

}
