package org.tripleo.cdcloud.team;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.team.MembershipRequest.Kind;

import static org.tripleo.cdcloud.team.MembershipVariables.*;

/**
 * First step of admin-join and admin-leave: checks and records the request, or refuses it
 * so that no process is started.
 */
@Component("openRequestDelegate")
class OpenRequestDelegate implements JavaDelegate {

	private final MembershipRules rules;

	private final MembershipProperties properties;

	OpenRequestDelegate(MembershipRules rules, MembershipProperties properties) {
		this.rules = rules;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String requestedBy = (String) execution.getVariable(REQUESTED_BY);
		String subject = (String) execution.getVariable(SUBJECT);
		subject = (subject == null || subject.isBlank()) ? requestedBy : subject.strip();
		Kind kind = execution.getProcessDefinitionId().startsWith("admin-join:") ? Kind.JOIN
				: subject.equals(requestedBy) ? Kind.LEAVE : Kind.REMOVAL;
		MembershipRequest request = rules.open(kind, subject, requestedBy,
				(String) execution.getVariable(SSH_PUBLIC_KEY), (String) execution.getVariable(REASON),
				execution.getProcessInstanceId());
		execution.setVariable(REQUEST_ID, request.id());
		execution.setVariable(SUBJECT, subject);
		execution.setVariable(STATE, request.state().name());
		execution.setVariable(VOTING_DEADLINE, Date.from(request.deadline()));
		execution.setVariable(REMINDER_DATE, Date.from(request.deadline().minus(properties.reminderBefore())));
		execution.setVariable(VETO_PERIOD, properties.vetoPeriod().toString());
		execution.setVariable(WAIT_FOR_VETO, !properties.vetoPeriod().isZero());
		execution.setVariable(PTL, rules.ptl());
	}

}
