package org.tripleo.cdcloud.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.inventory.Role;

/**
 * Writes the notices of the team's processes and hands them to every {@link Notifier}
 * ({@code ${membershipNotices...}} in the models).
 */
@Component("membershipNotices")
public class MembershipNotices {

	private final List<Notifier> notifiers;

	private final TeamService team;

	private final MembershipRecords records;

	MembershipNotices(List<Notifier> notifiers, TeamService team, MembershipRecords records) {
		this.notifiers = notifiers;
		this.team = team;
		this.records = records;
	}

	/** Tells the subject, the requester and the cd-admins how a request ended. */
	public ChangeReport outcome(String requestId) {
		MembershipRequest request = records.find(requestId).orElseThrow(() -> MembershipException.notFound(requestId));
		Map<String, Person> to = new LinkedHashMap<>();
		team.withRole(Role.CD_ADMIN).forEach((person) -> to.put(person.id(), person));
		for (String id : List.of(request.subject(), request.requestedBy())) {
			to.put(id, team.person(id));
		}
		return send(new Notice(request.kind() + " request of " + request.subject() + " is " + request.state(),
				"Request " + requestId + " (" + request.kind() + " of " + request.subject() + ") ended "
						+ request.state() + ". Details: GET /api/membership/requests/" + requestId,
				new ArrayList<>(to.values())));
	}

	void reminder(MembershipRequest request, List<String> voterIds) {
		send(new Notice("reminder: vote on the " + request.kind() + " request of " + request.subject(),
				"The vote on request " + request.id() + " closes at " + request.deadline()
						+ ". Vote in Tasklist or POST /api/membership/requests/" + request.id() + "/votes",
				voterIds.stream().map(team::person).toList()));
	}

	ChangeReport send(Notice notice) {
		notifiers.forEach((notifier) -> notifier.send(notice));
		return new ChangeReport(
				List.of("notified " + notice.recipients().stream().map(Person::id).toList() + ": " + notice.subject()));
	}

}
