package org.tripleo.cdcloud.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tripleo.cdcloud.team.MembershipRequest.Kind;
import org.tripleo.cdcloud.team.MembershipRequest.State;

/**
 * The audit record of membership requests: requests, eligible voters, ballots, vetoes,
 * provisioning steps and access changes, in cdcloud's own tables so that Camunda's
 * history cleanup never removes them. The tables are created by {@link TeamStore}.
 */
@Repository
@DependsOn("teamStore")
class MembershipRecords {

	private static final String COLUMNS = "id, kind, subject, requested_by, ssh_key, reason, state, ballot, "
			+ "process_instance_id, created_at, deadline, closed_at";

	private final JdbcTemplate jdbc;

	MembershipRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MembershipRequest request, List<String> voters) {
		jdbc.update("INSERT INTO cdc_membership_request (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				request.id(), request.kind().name(), request.subject(), request.requestedBy(), request.sshKey(),
				request.reason(), request.state().name(), null, request.processInstanceId(),
				Timestamp.from(request.createdAt()), Timestamp.from(request.deadline()), null);
		voters.forEach((voter) -> jdbc.update("INSERT INTO cdc_membership_voter (request_id, voter) VALUES (?, ?)",
				request.id(), voter));
	}

	Optional<MembershipRequest> find(String id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM cdc_membership_request WHERE id = ?", MembershipRecords::map, id)
			.stream()
			.findFirst();
	}

	/**
	 * Reads a request and locks its row until the transaction ends: the votes and the
	 * veto of one request are serialised, so the tally is exact.
	 */
	Optional<MembershipRequest> lock(String id) {
		return jdbc
			.query("SELECT " + COLUMNS + " FROM cdc_membership_request WHERE id = ? FOR UPDATE", MembershipRecords::map,
					id)
			.stream()
			.findFirst();
	}

	List<MembershipRequest> list(State state) {
		String where = (state != null) ? " WHERE state = '" + state.name() + "'" : "";
		return jdbc.query("SELECT " + COLUMNS + " FROM cdc_membership_request" + where + " ORDER BY created_at",
				MembershipRecords::map);
	}

	boolean hasOpenRequest(String subject) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM cdc_membership_request WHERE subject = ? AND state IN ('VOTING', 'APPROVED') "
						+ "AND closed_at IS NULL",
				Integer.class, subject) > 0;
	}

	void setProcessInstance(String id, String processInstanceId) {
		jdbc.update("UPDATE cdc_membership_request SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
	}

	void setBallot(String id, State ballot) {
		jdbc.update("UPDATE cdc_membership_request SET ballot = ? WHERE id = ?", ballot.name(), id);
	}

	void setState(String id, State state, Instant closedAt) {
		jdbc.update("UPDATE cdc_membership_request SET state = ?, closed_at = ? WHERE id = ?", state.name(),
				(closedAt != null) ? Timestamp.from(closedAt) : null, id);
	}

	List<String> voters(String id) {
		return jdbc.queryForList("SELECT voter FROM cdc_membership_voter WHERE request_id = ? ORDER BY voter",
				String.class, id);
	}

	List<Vote> votes(String id) {
		return jdbc.query(
				"SELECT voter, decision, remark, cast_at FROM cdc_membership_vote WHERE request_id = ? ORDER BY cast_at",
				(row, n) -> new Vote(row.getString(1), row.getString(2), row.getString(3), instant(row, 4)), id);
	}

	void addVote(String id, Vote vote) {
		jdbc.update(
				"INSERT INTO cdc_membership_vote (request_id, voter, decision, remark, cast_at) VALUES (?, ?, ?, ?, ?)",
				id, vote.voter(), vote.decision(), vote.comment(), Timestamp.from(vote.time()));
	}

	Optional<Veto> veto(String id) {
		return jdbc
			.query("SELECT ptl, reason, vetoed_at FROM cdc_membership_veto WHERE request_id = ?",
					(row, n) -> new Veto(row.getString(1), row.getString(2), instant(row, 3)), id)
			.stream()
			.findFirst();
	}

	void addVeto(String id, Veto veto) {
		jdbc.update("INSERT INTO cdc_membership_veto (request_id, ptl, reason, vetoed_at) VALUES (?, ?, ?, ?)", id,
				veto.ptl(), veto.reason(), Timestamp.from(veto.time()));
	}

	List<Step> steps(String id) {
		return jdbc.query(
				"SELECT step, status, detail, updated_at FROM cdc_membership_step WHERE request_id = ? ORDER BY updated_at",
				(row, n) -> new Step(row.getString(1), row.getString(2), row.getString(3), instant(row, 4)), id);
	}

	void setStep(String id, Step step) {
		if (jdbc.update(
				"UPDATE cdc_membership_step SET status = ?, detail = ?, updated_at = ? WHERE request_id = ? "
						+ "AND step = ?",
				step.status(), step.detail(), Timestamp.from(step.time()), id, step.step()) == 0) {
			jdbc.update(
					"INSERT INTO cdc_membership_step (request_id, step, status, detail, updated_at) "
							+ "VALUES (?, ?, ?, ?, ?)",
					id, step.step(), step.status(), step.detail(), Timestamp.from(step.time()));
		}
	}

	void addAccessChange(String id, String personId, String step, String description, Instant time) {
		jdbc.update("INSERT INTO cdc_access_change (request_id, person_id, step, description, changed_at) "
				+ "VALUES (?, ?, ?, ?, ?)", id, personId, step, description, Timestamp.from(time));
	}

	List<String> accessChanges(String id) {
		return jdbc.queryForList("SELECT description FROM cdc_access_change WHERE request_id = ? ORDER BY id",
				String.class, id);
	}

	private static MembershipRequest map(ResultSet row, int n) throws SQLException {
		String ballot = row.getString("ballot");
		return new MembershipRequest(row.getString("id"), Kind.valueOf(row.getString("kind")), row.getString("subject"),
				row.getString("requested_by"), row.getString("ssh_key"), row.getString("reason"),
				State.valueOf(row.getString("state")), (ballot != null) ? State.valueOf(ballot) : null,
				row.getString("process_instance_id"), instant(row, 10), instant(row, 11), instant(row, 12));
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		Timestamp time = row.getTimestamp(column);
		return (time != null) ? time.toInstant() : null;
	}

	/** One ballot: the voter, approve or reject, their comment and when. */
	record Vote(String voter, String decision, String comment, Instant time) {
	}

	/** The PTL's veto, with the reason and when. */
	record Veto(String ptl, String reason, Instant time) {
	}

	/**
	 * One provisioning step: PENDING, DONE or FAILED, with what changed or why it failed.
	 */
	record Step(String step, String status, String detail, Instant time) {
	}

}
