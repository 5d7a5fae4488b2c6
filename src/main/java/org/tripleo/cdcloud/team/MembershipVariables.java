package org.tripleo.cdcloud.team;

/**
 * Names of the process variables of admin-join, admin-leave, membership-ballot and
 * break-glass. None of them ever holds a secret.
 */
final class MembershipVariables {

	static final String REQUEST_ID = "requestId";

	static final String REQUESTED_BY = "requestedBy";

	static final String SUBJECT = "subject";

	static final String SSH_PUBLIC_KEY = "sshPublicKey";

	static final String REASON = "reason";

	static final String PTL = "ptl";

	static final String VOTING_DEADLINE = "votingDeadline";

	static final String REMINDER_DATE = "reminderDate";

	static final String VETO_PERIOD = "vetoPeriod";

	static final String WAIT_FOR_VETO = "waitForVeto";

	static final String STATE = "state";

	static final String DECISION = "decision";

	static final String REMARK = "remark";

	static final String VETO_REASON = "vetoReason";

	static final String BREAK_GLASS_ID = "breakGlassId";

	static final String REVEAL_UNTIL = "revealUntil";

	private MembershipVariables() {
	}

}
