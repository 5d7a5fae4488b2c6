package org.tripleo.cdcloud.team;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.team.MembershipRecords.Step;
import org.tripleo.cdcloud.team.MembershipRequest.State;

/**
 * The access steps that follow an approved request ({@code ${accessSteps.run(requestId,
 * 'GRANT_ROLE')}}), each idempotent and recorded with what it changed. A step refuses to
 * run unless the audit record says the request was APPROVED by its ballot, so neither a
 * variable nor a process modification can provision access.
 */
@Component("accessSteps")
public class AccessSteps {

	/** The steps, in the order a join runs them; a departure revokes in its own order. */
	enum AccessStep {

		GRANT_ROLE, REVOKE_ROLE, SYNC_KEYPAIRS, GRANT_API_ACCESS, REVOKE_API_ACCESS, SYNC_AUTHORIZED_KEYS, NOTIFY

	}

	private final MembershipRecords records;

	private final TeamService team;

	private final TeamChanges changes;

	private final UndercloudKeypairs keypairs;

	private final UndercloudAccounts accounts;

	private final MachineAccess machines;

	private final MembershipNotices notices;

	private final TransactionTemplate separately;

	AccessSteps(MembershipRecords records, TeamService team, TeamChanges changes, UndercloudKeypairs keypairs,
			UndercloudAccounts accounts, MachineAccess machines, MembershipNotices notices,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.team = team;
		this.changes = changes;
		this.keypairs = keypairs;
		this.accounts = accounts;
		this.machines = machines;
		this.notices = notices;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void run(String requestId, String stepName) {
		MembershipRequest request = records.find(requestId).orElseThrow(() -> MembershipException.notFound(requestId));
		ChangeReport report;
		try {
			if (request.state() != State.APPROVED) {
				throw new IllegalStateException("MEMB-STEP refusing " + stepName + " for request " + requestId
						+ ": the request is " + request.state() + ", not APPROVED by its ballot");
			}
			report = perform(AccessStep.valueOf(stepName), request);
		}
		catch (RuntimeException ex) {
			// the job's transaction rolls back; the failure is recorded beside it
			separately.executeWithoutResult((status) -> records.setStep(requestId,
					new Step(stepName, "FAILED", String.valueOf(ex.getMessage()), now())));
			throw ex;
		}
		String detail = report.changed() ? String.join("; ", report.changes()) : "nothing to change";
		records.setStep(requestId, new Step(stepName, "DONE", detail, now()));
		report.changes()
			.forEach((line) -> records.addAccessChange(requestId, request.subject(), stepName, line, now()));
	}

	private ChangeReport perform(AccessStep step, MembershipRequest request) {
		return switch (step) {
			case GRANT_ROLE -> changes.grantCdAdmin(request.subject(), request.sshKey());
			case REVOKE_ROLE -> changes.revokeCdAdmin(request.subject());
			case SYNC_KEYPAIRS -> keypairs.syncAdminKeypairs(team.withRole(Role.CD_ADMIN));
			case GRANT_API_ACCESS -> accounts.grantApiAccess(team.person(request.subject()));
			case REVOKE_API_ACCESS -> accounts.revokeApiAccess(request.subject());
			case SYNC_AUTHORIZED_KEYS -> machines.syncAuthorizedKeys();
			case NOTIFY -> notices.outcome(request.id());
		};
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
