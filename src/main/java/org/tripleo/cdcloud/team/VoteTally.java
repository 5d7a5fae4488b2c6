package org.tripleo.cdcloud.team;

import org.tripleo.cdcloud.team.MembershipRequest.State;

/**
 * The decision rule: approved when approvals exceed {@code threshold} of the eligible
 * voters (0.5: a strict majority), rejected as soon as that can no longer be reached,
 * undecided otherwise.
 *
 * @param eligible how many may vote
 * @param approvals approvals cast
 * @param rejections rejections cast
 * @param threshold the share of eligible voters that approvals must exceed
 */
record VoteTally(int eligible, int approvals, int rejections, double threshold) {

	/**
	 * Approvals needed to approve.
	 * @return the smallest count strictly above {@code threshold * eligible}
	 */
	int required() {
		// the epsilon keeps 0.5 * 4 = 2.0 from rounding to 1.999...
		return (int) Math.floor(eligible * threshold + 1e-9) + 1;
	}

	/**
	 * The outcome as far as it is certain.
	 * @return APPROVED, REJECTED, or VOTING while both are still possible
	 */
	State outcome() {
		if (approvals >= required()) {
			return State.APPROVED;
		}
		int open = eligible - approvals - rejections;
		return (approvals + open < required()) ? State.REJECTED : State.VOTING;
	}

}
