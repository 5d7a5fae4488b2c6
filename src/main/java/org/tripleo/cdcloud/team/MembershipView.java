package org.tripleo.cdcloud.team;

import java.time.Instant;
import java.util.List;

import org.tripleo.cdcloud.team.MembershipRequest.Kind;
import org.tripleo.cdcloud.team.MembershipRequest.State;

/**
 * A membership request as the API shows it.
 *
 * @param id the request id
 * @param kind JOIN, LEAVE or REMOVAL
 * @param state VOTING, APPROVED, REJECTED, VETOED or EXPIRED
 * @param subject who joins or leaves
 * @param requestedBy who asked
 * @param reason why
 * @param processInstanceId the process carrying it
 * @param createdAt when it was opened
 * @param deadline end of the voting window
 * @param closedAt when voting ended
 * @param eligibleVoters the cd-admins who may vote
 * @param approvalsRequired approvals that decide
 * @param votes the ballots cast
 * @param veto the PTL's veto, if any
 * @param steps the access steps with their status
 */
public record MembershipView(String id, Kind kind, State state, String subject, String requestedBy, String reason,
		String processInstanceId, Instant createdAt, Instant deadline, Instant closedAt, List<String> eligibleVoters,
		int approvalsRequired, List<VoteView> votes, VetoView veto, List<StepView> steps) {

	/**
	 * One ballot.
	 *
	 * @param voter who voted
	 * @param decision approve or reject
	 * @param comment their comment
	 * @param time when
	 */
	public record VoteView(String voter, String decision, String comment, Instant time) {
	}

	/**
	 * The PTL's veto.
	 *
	 * @param ptl who vetoed
	 * @param reason why
	 * @param time when
	 */
	public record VetoView(String ptl, String reason, Instant time) {
	}

	/**
	 * One access step.
	 *
	 * @param step its name
	 * @param status PENDING, DONE or FAILED (retried; an incident when retries run out)
	 * @param detail what it changed or why it failed
	 * @param time of the last status change
	 */
	public record StepView(String step, String status, String detail, Instant time) {
	}

}
