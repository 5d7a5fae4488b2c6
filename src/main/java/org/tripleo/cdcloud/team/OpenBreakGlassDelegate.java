package org.tripleo.cdcloud.team;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of break-glass: records the request (never the credential) and sets the end
 * of the reveal window.
 */
@Component("openBreakGlassDelegate")
class OpenBreakGlassDelegate implements JavaDelegate {

	private final BreakGlassService breakGlass;

	OpenBreakGlassDelegate(BreakGlassService breakGlass) {
		this.breakGlass = breakGlass;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String id = breakGlass.open((String) execution.getVariable(MembershipVariables.REQUESTED_BY),
				(String) execution.getVariable(MembershipVariables.REASON), execution.getProcessInstanceId());
		execution.setVariable(MembershipVariables.BREAK_GLASS_ID, id);
		execution.setVariable(MembershipVariables.REVEAL_UNTIL, Date.from(breakGlass.view(id).revealUntil()));
	}

}
