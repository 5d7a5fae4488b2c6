package org.tripleo.cdcloud.team;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.team.MembershipRecords.Veto;
import org.tripleo.cdcloud.team.MembershipRecords.Vote;
import org.tripleo.cdcloud.team.MembershipRequest.State;

/**
 * The ballot as the engine sees it ({@code ${ballots...}} in membership-ballot.bpmn):
 * eligible voters, vote and veto task listeners, the completion condition and the close.
 * Every decision reads the audit tables, never process variables, so no variable set
 * through the engine can force an outcome.
 */
@Component("ballots")
public class Ballots {

	private static final Logger log = LoggerFactory.getLogger(Ballots.class);

	private static final Set<String> DECISIONS = Set.of("approve", "reject");

	private final MembershipRecords records;

	private final MembershipRules rules;

	private final IdentityService identity;

	private final MembershipNotices notices;

	Ballots(MembershipRecords records, MembershipRules rules, IdentityService identity, MembershipNotices notices) {
		this.records = records;
		this.rules = rules;
		this.identity = identity;
		this.notices = notices;
	}

	public List<String> voters(String requestId) {
		return records.voters(requestId);
	}

	/** Completion condition of the vote: true once the outcome is certain or vetoed. */
	public boolean closed(String requestId) {
		MembershipRequest request = request(requestId);
		return request.ballot() != null || request.state() != State.VOTING;
	}

	public boolean approved(String requestId) {
		return request(requestId).ballot() == State.APPROVED;
	}

	/** Listener on completion of a vote task, from Tasklist, engine REST or our API. */
	public void vote(DelegateTask task) {
		String requestId = (String) task.getVariable(MembershipVariables.REQUEST_ID);
		MembershipRequest request = records.lock(requestId).orElseThrow(() -> MembershipException.notFound(requestId));
		String voter = actor(task, requestId);
		rules.checkCanVote(request, voter);
		Object decision = task.getVariable(MembershipVariables.DECISION);
		if (!DECISIONS.contains(decision)) {
			throw MembershipException.invalid("MEMB-DECISION", "decision must be 'approve' or 'reject'");
		}
		Object remark = task.getVariable(MembershipVariables.REMARK);
		records.addVote(requestId, new Vote(voter, (String) decision, (String) remark, now()));
		VoteTally tally = rules.tally(requestId);
		if (tally.outcome() != State.VOTING) {
			records.setBallot(requestId, tally.outcome());
			log.info("MEMB-010 ballot on {} closed {} with {} of {} approvals", requestId, tally.outcome(),
					tally.approvals(), tally.eligible());
		}
	}

	/** Listener on completion of the PTL's veto task. */
	public void veto(DelegateTask task) {
		String requestId = (String) task.getVariable(MembershipVariables.REQUEST_ID);
		MembershipRequest request = records.lock(requestId).orElseThrow(() -> MembershipException.notFound(requestId));
		String ptl = actor(task, requestId);
		rules.checkCanVeto(request, ptl);
		Object reason = task.getVariable(MembershipVariables.VETO_REASON);
		records.addVeto(requestId, new Veto(ptl, (String) reason, now()));
		records.setState(requestId, State.VETOED, now());
		log.info("MEMB-011 request {} vetoed by the PTL {}", requestId, ptl);
	}

	/**
	 * Ends the voting: the ballot's result, EXPIRED without one, or the veto.
	 * @return the request's final state
	 */
	public String close(String requestId) {
		MembershipRequest request = records.lock(requestId).orElseThrow(() -> MembershipException.notFound(requestId));
		State state = request.state();
		if (state == State.VOTING) {
			state = (request.ballot() != null) ? request.ballot() : State.EXPIRED;
			records.setState(requestId, state, now());
		}
		log.info("MEMB-012 request {} is {}", requestId, state);
		return state.name();
	}

	/** Reminds the voters who have not voted yet. */
	public void remind(String requestId) {
		Set<String> voted = records.votes(requestId).stream().map(Vote::voter).collect(Collectors.toSet());
		List<String> missing = records.voters(requestId).stream().filter((id) -> !voted.contains(id)).toList();
		notices.reminder(request(requestId), missing);
	}

	private String actor(DelegateTask task, String requestId) {
		Authentication authentication = identity.getCurrentAuthentication();
		String actor = (authentication != null) ? authentication.getUserId() : null;
		if (actor == null || !actor.equals(task.getAssignee())) {
			throw MembershipException.forbidden("MEMB-TASK-OWNER", requestId,
					"only " + task.getAssignee() + " may complete this task");
		}
		return actor;
	}

	private MembershipRequest request(String requestId) {
		return records.find(requestId).orElseThrow(() -> MembershipException.notFound(requestId));
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
