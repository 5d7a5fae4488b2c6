package org.tripleo.cdcloud.team;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Role;

/**
 * Starts processes and completes tasks in the engine as the person asking, so the
 * engine's authorizations, the initiator and the history see who acted, exactly as in
 * Tasklist.
 */
@Component
class EngineActions {

	private final IdentityService identity;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final TeamService team;

	EngineActions(IdentityService identity, RuntimeService runtime, TaskService tasks, TeamService team) {
		this.identity = identity;
		this.runtime = runtime;
		this.tasks = tasks;
		this.team = team;
	}

	ProcessInstanceWithVariables start(String personId, String processKey, Map<String, Object> variables) {
		return as(personId,
				() -> runtime.createProcessInstanceByKey(processKey)
					.setVariables(variables)
					.executeWithVariablesInReturn());
	}

	void complete(String personId, Task task, Map<String, Object> variables) {
		as(personId, () -> {
			tasks.complete(task.getId(), variables);
			return null;
		});
	}

	/**
	 * The open task of one activity of a request that is assigned to a person.
	 * @param idVariable the process variable holding the request id
	 * @param requestId the request
	 * @param activityId the user task's id in the model
	 * @param assignee the person, or null for any
	 */
	Optional<Task> task(String idVariable, String requestId, String activityId, String assignee) {
		var query = tasks.createTaskQuery()
			.processVariableValueEquals(idVariable, requestId)
			.taskDefinitionKey(activityId);
		if (assignee != null) {
			query.taskAssignee(assignee);
		}
		return query.list().stream().findFirst();
	}

	private <T> T as(String personId, Supplier<T> action) {
		List<String> groups = team.rolesOf(personId).stream().map(Role::id).toList();
		identity.setAuthentication(personId, groups);
		try {
			return action.get();
		}
		catch (AuthorizationException ex) {
			throw MembershipException.forbidden("MEMB-403-ENGINE", null,
					personId + " is not authorized for this in the process engine");
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
