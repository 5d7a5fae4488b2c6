package org.tripleo.cdcloud.team;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.team.MembershipRequest.State;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision rule: strict majority, early close either way.
 */
class VoteTallyTest {

	@Test
	void strictMajorityIsNeeded() {
		assertThat(new VoteTally(4, 2, 0, 0.5).required()).isEqualTo(3);
		assertThat(new VoteTally(5, 0, 0, 0.5).required()).isEqualTo(3);
		assertThat(new VoteTally(50, 0, 0, 0.5).required()).isEqualTo(26);
		assertThat(new VoteTally(4, 2, 0, 0.5).outcome()).isEqualTo(State.VOTING);
		assertThat(new VoteTally(4, 3, 0, 0.5).outcome()).isEqualTo(State.APPROVED);
	}

	@Test
	void rejectedAsSoonAsAMajorityCannotBeReached() {
		// 4 voters need 3 approvals: two rejections already make that impossible
		assertThat(new VoteTally(4, 1, 1, 0.5).outcome()).isEqualTo(State.VOTING);
		assertThat(new VoteTally(4, 0, 2, 0.5).outcome()).isEqualTo(State.REJECTED);
		assertThat(new VoteTally(5, 2, 3, 0.5).outcome()).isEqualTo(State.REJECTED);
	}

	@Test
	void thresholdIsConfigurable() {
		assertThat(new VoteTally(6, 4, 0, 2.0 / 3).outcome()).isEqualTo(State.VOTING);
		assertThat(new VoteTally(6, 5, 0, 2.0 / 3).outcome()).isEqualTo(State.APPROVED);
	}

}
