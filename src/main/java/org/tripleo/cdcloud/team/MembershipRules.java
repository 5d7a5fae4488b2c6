package org.tripleo.cdcloud.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.ssh.SshPublicKey;
import org.tripleo.cdcloud.team.MembershipRequest.Kind;
import org.tripleo.cdcloud.team.MembershipRequest.State;

/**
 * Who may open which request and who may vote on it: the seed's rules, checked in the
 * transaction that records the request or the vote.
 */
@Component
class MembershipRules {

	private final TeamService team;

	private final MembershipRecords records;

	private final MembershipProperties properties;

	MembershipRules(TeamService team, MembershipRecords records, MembershipProperties properties) {
		this.team = team;
		this.records = records;
		this.properties = properties;
	}

	/**
	 * Checks and records a new request; the eligible voters are the cd-admins other than
	 * its subject, at this moment.
	 * @throws MembershipException when the request is refused, with the reason
	 */
	MembershipRequest open(Kind kind, String subject, String requestedBy, String sshKey, String reason,
			String processInstanceId) {
		Person person = team.person(subject);
		checkAllowed(kind, person, requestedBy, sshKey);
		if (records.hasOpenRequest(subject)) {
			throw MembershipException.conflict("MEMB-OPEN", null, subject + " already has an open request");
		}
		Instant now = ClockUtil.getCurrentTime().toInstant();
		boolean voted = kind != Kind.LEAVE;
		MembershipRequest request = new MembershipRequest(UUID.randomUUID().toString(), kind, subject, requestedBy,
				(sshKey != null) ? sshKey.strip() : null, reason, voted ? State.VOTING : State.APPROVED, null,
				processInstanceId, now, voted ? now.plus(properties.votingWindow()) : now, null);
		List<String> voters = voted
				? team.withRole(Role.CD_ADMIN).stream().map(Person::id).filter((id) -> !id.equals(subject)).toList()
				: List.of();
		records.insert(request, voters);
		return request;
	}

	private void checkAllowed(Kind kind, Person subject, String requestedBy, String sshKey) {
		switch (kind) {
			case JOIN -> checkJoin(subject, sshKey);
			case LEAVE, REMOVAL -> checkDeparture(kind, subject, requestedBy);
		}
	}

	/**
	 * Checks an application before the engine is asked to start it, so an applicant
	 * without the engine's start permission hears the rule, not the permission.
	 * @throws MembershipException when refused
	 */
	void checkJoin(String applicant, String sshKey) {
		checkJoin(team.person(applicant), sshKey);
	}

	private void checkJoin(Person applicant, String sshKey) {
		if (!applicant.has(Role.ATC)) {
			throw MembershipException.forbidden("MEMB-NOT-ATC", null,
					"only an atc may apply to join cd-admin; " + applicant.id() + " is not an atc");
		}
		if (applicant.has(Role.CD_ADMIN)) {
			throw MembershipException.conflict("MEMB-ALREADY-ADMIN", null, applicant.id() + " is already cd-admin");
		}
		try {
			SshPublicKey.parse(sshKey);
		}
		catch (IllegalArgumentException ex) {
			throw MembershipException.invalid("MEMB-KEY", "sshPublicKey refused: " + ex.getMessage());
		}
	}

	/**
	 * Checks a leave or removal before the engine is asked to start it.
	 * @throws MembershipException when refused
	 */
	void checkDeparture(String requestedBy, String subject) {
		checkDeparture(subject.equals(requestedBy) ? Kind.LEAVE : Kind.REMOVAL, team.person(subject), requestedBy);
	}

	private void checkDeparture(Kind kind, Person subject, String requestedBy) {
		if (!team.rolesOf(requestedBy).contains(Role.CD_ADMIN)) {
			throw MembershipException.forbidden("MEMB-NOT-ADMIN", null, "only a cd-admin may ask for a " + kind);
		}
		if (!subject.has(Role.CD_ADMIN)) {
			throw MembershipException.conflict("MEMB-NOT-MEMBER", null, subject.id() + " is not cd-admin");
		}
		if (subject.has(Role.PTL)) {
			throw MembershipException.conflict("MEMB-PTL", null,
					"the PTL cannot leave or be removed while PTL: " + subject.id());
		}
	}

	/**
	 * Checks that a person may cast their vote now.
	 * @throws MembershipException 403 for the subject or a non-voter, 409 when the ballot
	 * is closed or the person has voted already
	 */
	void checkCanVote(MembershipRequest request, String voter) {
		if (request.subject().equals(voter)) {
			throw MembershipException.forbidden("MEMB-VOTE-SUBJECT", request.id(),
					voter + " is the subject of this request and cannot vote on it");
		}
		if (!records.voters(request.id()).contains(voter)) {
			throw MembershipException.forbidden("MEMB-VOTE-NOT-MEMBER", request.id(),
					voter + " may not vote: only the cd-admins at the start of the request vote");
		}
		if (request.state() != State.VOTING || request.ballot() != null) {
			throw MembershipException.conflict("MEMB-CLOSED", request.id(), "the vote on this request is closed");
		}
		if (records.votes(request.id()).stream().anyMatch((vote) -> vote.voter().equals(voter))) {
			throw MembershipException.conflict("MEMB-VOTED", request.id(),
					voter + " has voted already; votes are final");
		}
	}

	/**
	 * Checks that a person may veto now.
	 * @throws MembershipException 403 for anyone but the PTL, 409 when the request is no
	 * longer open
	 */
	void checkCanVeto(MembershipRequest request, String actor) {
		if (team.withRole(Role.PTL).stream().noneMatch((ptl) -> ptl.id().equals(actor))) {
			throw MembershipException.forbidden("MEMB-VETO-NOT-PTL", request.id(), "only the PTL may veto");
		}
		if (request.state() != State.VOTING) {
			throw MembershipException.conflict("MEMB-CLOSED", request.id(), "the request is " + request.state());
		}
	}

	/**
	 * The PTL, who holds the veto.
	 * @return their id, or null when the team has none
	 */
	String ptl() {
		return team.withRole(Role.PTL).stream().map(Person::id).findFirst().orElse(null);
	}

	VoteTally tally(String requestId) {
		var votes = records.votes(requestId);
		int approvals = (int) votes.stream().filter((vote) -> "approve".equals(vote.decision())).count();
		return new VoteTally(records.voters(requestId).size(), approvals, votes.size() - approvals,
				properties.approvalThreshold());
	}

}
