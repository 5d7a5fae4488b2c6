package org.tripleo.cdcloud.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.tripleo.cdcloud.team.MembershipRequest.State;

import static org.tripleo.cdcloud.team.MembershipVariables.DECISION;
import static org.tripleo.cdcloud.team.MembershipVariables.REASON;
import static org.tripleo.cdcloud.team.MembershipVariables.REMARK;
import static org.tripleo.cdcloud.team.MembershipVariables.REQUEST_ID;
import static org.tripleo.cdcloud.team.MembershipVariables.SSH_PUBLIC_KEY;
import static org.tripleo.cdcloud.team.MembershipVariables.SUBJECT;
import static org.tripleo.cdcloud.team.MembershipVariables.VETO_REASON;

/**
 * Joins, departures, votes and vetoes of the cd-admin team, as the REST API offers them.
 * Each goes through the same process and task listeners as Tasklist; votes on one request
 * are serialised by a row lock and retried when they lose a race, so none is lost.
 */
@Service
public class MembershipService {

	private static final int ATTEMPTS = 50;

	private final EngineActions engine;

	private final MembershipRecords records;

	private final MembershipRules rules;

	private final MembershipViews views;

	private final Retrying retrying;

	MembershipService(EngineActions engine, MembershipRecords records, MembershipRules rules, MembershipViews views,
			PlatformTransactionManager transactions) {
		this.engine = engine;
		this.records = records;
		this.rules = rules;
		this.views = views;
		this.retrying = new Retrying(transactions, ATTEMPTS);
	}

	/**
	 * An atc applies to join cd-admin.
	 * @return the request, VOTING
	 * @throws MembershipException when refused; no process is started then
	 */
	public MembershipView requestJoin(String applicant, String sshPublicKey, String reason) {
		rules.checkJoin(applicant, sshPublicKey);
		Map<String, Object> variables = new HashMap<>();
		variables.put(SSH_PUBLIC_KEY, sshPublicKey);
		variables.put(REASON, reason);
		String id = (String) engine.start(applicant, "admin-join", variables).getVariables().get(REQUEST_ID);
		return view(id);
	}

	/**
	 * A cd-admin leaves (subject is themselves) or asks for a member's removal.
	 * @return the request: APPROVED for a leave, VOTING for a removal
	 * @throws MembershipException when refused; no process is started then
	 */
	public MembershipView requestDeparture(String requestedBy, String subject, String reason) {
		rules.checkDeparture(requestedBy, subject);
		Map<String, Object> variables = new HashMap<>();
		variables.put(SUBJECT, subject);
		variables.put(REASON, reason);
		String id = (String) engine.start(requestedBy, "admin-leave", variables).getVariables().get(REQUEST_ID);
		return view(id);
	}

	/**
	 * Casts a member's vote by completing their vote task.
	 * @throws MembershipException 403 for a non-voter, 409 when closed or voted already
	 */
	public MembershipView vote(String requestId, String voter, String decision, String comment) {
		retrying.run(() -> {
			MembershipRequest request = records.lock(requestId)
				.orElseThrow(() -> MembershipException.notFound(requestId));
			rules.checkCanVote(request, voter);
			var task = engine.task(REQUEST_ID, requestId, "vote", voter)
				.orElseThrow(() -> MembershipException.conflict("MEMB-CLOSED", requestId, "no open vote task"));
			Map<String, Object> variables = new HashMap<>();
			variables.put(DECISION, decision);
			variables.put(REMARK, comment);
			engine.complete(voter, task, variables);
			return null;
		});
		return view(requestId);
	}

	/**
	 * The PTL vetoes a request by completing the veto task.
	 * @throws MembershipException 403 for anyone but the PTL, 409 when no longer open
	 */
	public MembershipView veto(String requestId, String ptl, String reason) {
		retrying.run(() -> {
			MembershipRequest request = records.lock(requestId)
				.orElseThrow(() -> MembershipException.notFound(requestId));
			rules.checkCanVeto(request, ptl);
			var task = engine.task(REQUEST_ID, requestId, "veto", null)
				.orElseThrow(() -> MembershipException.conflict("MEMB-CLOSED", requestId, "no open veto task"));
			Map<String, Object> variables = new HashMap<>();
			variables.put(VETO_REASON, reason);
			engine.complete(ptl, task, variables);
			return null;
		});
		return view(requestId);
	}

	public MembershipView view(String requestId) {
		return views.view(records.find(requestId).orElseThrow(() -> MembershipException.notFound(requestId)));
	}

	public List<MembershipView> list(State state) {
		return records.list(state).stream().map(views::view).toList();
	}

}
