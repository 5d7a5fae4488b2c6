package org.tripleo.cdcloud.team;

/**
 * Pushes SSH access to the machines: each machine's authorized_keys holds the keys of the
 * people the access rules (environments.yaml) let in over SSH, and no others.
 */
public interface MachineAccess {

	/**
	 * Rewrites authorized_keys on every machine whose key set differs from the current
	 * team and access rules. Idempotent. May take seconds (one SSH session per machine).
	 * @return what changed, one line per machine changed
	 * @throws RuntimeException a capability exception of the implementation when a
	 * machine cannot be updated; callers retry, machines already updated are not touched
	 * again
	 */
	ChangeReport syncAuthorizedKeys();

}
