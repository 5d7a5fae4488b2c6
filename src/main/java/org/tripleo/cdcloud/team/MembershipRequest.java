package org.tripleo.cdcloud.team;

import java.time.Instant;

/**
 * A request to change the cd-admin team, as recorded in the audit tables.
 *
 * @param id the request id
 * @param kind join, leave or removal
 * @param subject who joins or leaves
 * @param requestedBy who asked
 * @param sshKey the key the applicant joins with (join only)
 * @param reason why, in the requester's words
 * @param state where the request stands
 * @param ballot the vote's result once certain, else null
 * @param processInstanceId the process carrying the request
 * @param createdAt when it was opened
 * @param deadline end of the voting window
 * @param closedAt when the state stopped being VOTING, else null
 */
public record MembershipRequest(String id, Kind kind, String subject, String requestedBy, String sshKey, String reason,
		State state, State ballot, String processInstanceId, Instant createdAt, Instant deadline, Instant closedAt) {

	/** What the request changes. */
	public enum Kind {

		/** An atc applies to become cd-admin. */
		JOIN,
		/** A cd-admin leaves on their own. */
		LEAVE,
		/** Members vote to remove a cd-admin. */
		REMOVAL

	}

	/** Where a request stands. */
	public enum State {

		/** Open for votes (and for the PTL's veto). */
		VOTING,
		/** Approved by a majority; access changes follow. */
		APPROVED,
		/** A majority can no longer be reached. */
		REJECTED,
		/** The PTL vetoed it. */
		VETOED,
		/** The voting window ended without a majority. */
		EXPIRED

	}

}
