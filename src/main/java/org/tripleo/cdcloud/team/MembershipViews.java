package org.tripleo.cdcloud.team;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.team.AccessSteps.AccessStep;
import org.tripleo.cdcloud.team.MembershipRecords.Step;
import org.tripleo.cdcloud.team.MembershipRequest.Kind;
import org.tripleo.cdcloud.team.MembershipView.StepView;
import org.tripleo.cdcloud.team.MembershipView.VetoView;
import org.tripleo.cdcloud.team.MembershipView.VoteView;

/**
 * Assembles the API view of a request from the audit tables.
 */
@Component
class MembershipViews {

	private static final List<AccessStep> JOIN_STEPS = List.of(AccessStep.GRANT_ROLE, AccessStep.SYNC_KEYPAIRS,
			AccessStep.GRANT_API_ACCESS, AccessStep.SYNC_AUTHORIZED_KEYS, AccessStep.NOTIFY);

	private static final List<AccessStep> DEPARTURE_STEPS = List.of(AccessStep.REVOKE_ROLE, AccessStep.SYNC_KEYPAIRS,
			AccessStep.REVOKE_API_ACCESS, AccessStep.SYNC_AUTHORIZED_KEYS, AccessStep.NOTIFY);

	private final MembershipRecords records;

	private final MembershipRules rules;

	MembershipViews(MembershipRecords records, MembershipRules rules) {
		this.records = records;
		this.rules = rules;
	}

	MembershipView view(MembershipRequest request) {
		String id = request.id();
		List<VoteView> votes = records.votes(id)
			.stream()
			.map((vote) -> new VoteView(vote.voter(), vote.decision(), vote.comment(), vote.time()))
			.toList();
		VetoView veto = records.veto(id).map((v) -> new VetoView(v.ptl(), v.reason(), v.time())).orElse(null);
		return new MembershipView(id, request.kind(), request.state(), request.subject(), request.requestedBy(),
				request.reason(), request.processInstanceId(), request.createdAt(), request.deadline(),
				request.closedAt(), records.voters(id), rules.tally(id).required(), votes, veto, steps(request));
	}

	private List<StepView> steps(MembershipRequest request) {
		Map<String, Step> done = records.steps(request.id())
			.stream()
			.collect(Collectors.toMap(Step::step, Function.identity()));
		List<AccessStep> planned = (request.kind() == Kind.JOIN) ? JOIN_STEPS : DEPARTURE_STEPS;
		return planned.stream().map((step) -> {
			Step recorded = done.get(step.name());
			return (recorded != null) ? new StepView(step.name(), recorded.status(), recorded.detail(), recorded.time())
					: new StepView(step.name(), "PENDING", null, null);
		}).toList();
	}

}
