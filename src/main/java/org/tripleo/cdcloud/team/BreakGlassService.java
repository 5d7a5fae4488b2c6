package org.tripleo.cdcloud.team;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.DependsOn;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.secrets.Secret;
import org.tripleo.cdcloud.secrets.SecretReference;
import org.tripleo.cdcloud.secrets.SecretResolver;

/**
 * Break-glass access to the undercloud admin credentials, replacing the spreadsheet: a
 * cd-admin asks with a reason, the others are told, the requester may reveal the
 * credential once within the reveal window, and a rotation task stays with the cd-admins
 * until done. The credential is resolved only in {@link #reveal}; it never enters a
 * process variable, the history, the audit table or a log.
 */
@Service("breakGlass")
@DependsOn("teamStore")
public class BreakGlassService {

	static final String REVEALED = "credentialRevealed";

	private static final int ATTEMPTS = 5;

	private final JdbcTemplate jdbc;

	private final EngineActions engine;

	private final RuntimeService runtime;

	private final TeamService team;

	private final SecretResolver secrets;

	private final BreakGlassProperties properties;

	private final MembershipNotices notices;

	private final Retrying retrying;

	BreakGlassService(JdbcTemplate jdbc, EngineActions engine, RuntimeService runtime, TeamService team,
			SecretResolver secrets, BreakGlassProperties properties, MembershipNotices notices,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.runtime = runtime;
		this.team = team;
		this.secrets = secrets;
		this.properties = properties;
		this.notices = notices;
		this.retrying = new Retrying(transactions, ATTEMPTS);
	}

	/**
	 * A cd-admin asks for the credential.
	 * @return the request, with the end of its reveal window
	 * @throws MembershipException 403 for anyone but a cd-admin, 503 when no credential
	 * is configured
	 */
	public BreakGlassView request(String requester, String reason) {
		checkAdmin(requester);
		if (properties.credential() == null) {
			throw new MembershipException("GLASS-503", HttpStatus.SERVICE_UNAVAILABLE, null,
					"no break-glass credential configured (cdcloud.break-glass.credential)");
		}
		Map<String, Object> variables = Map.of(MembershipVariables.REASON, reason);
		String id = (String) engine.start(requester, "break-glass", variables)
			.getVariables()
			.get(MembershipVariables.BREAK_GLASS_ID);
		return view(id);
	}

	/** First step of break-glass.bpmn: records the request. */
	public String open(String requester, String reason, String processInstanceId) {
		checkAdmin(requester);
		String id = UUID.randomUUID().toString();
		Instant now = now();
		jdbc.update(
				"INSERT INTO cdc_break_glass (id, requester, reason, process_instance_id, created_at, reveal_until)"
						+ " VALUES (?, ?, ?, ?, ?, ?)",
				id, requester, reason, processInstanceId, Timestamp.from(now),
				Timestamp.from(now.plus(properties.revealWindow())));
		return id;
	}

	/** Tells every other cd-admin at once. */
	public ChangeReport notifyAdmins(String id) {
		BreakGlassView request = view(id);
		return notices.send(new Notice("break-glass: " + request.requester() + " asked for the undercloud credentials",
				"Reason: " + request.reason() + ". Request " + id + "; a rotation task follows the reveal.",
				team.withRole(Role.CD_ADMIN).stream().filter((p) -> !p.id().equals(request.requester())).toList()));
	}

	/**
	 * Reveals the credential to the requester, once, within the window. Retried when the
	 * notice branch of the same process ends at the same moment.
	 * @throws MembershipException 403 for anyone else, 409 once revealed, 410 after the
	 * window
	 */
	public Secret reveal(String id, String person) {
		return retrying.run(() -> revealOnce(id, person));
	}

	private Secret revealOnce(String id, String person) {
		BreakGlassView request = lock(id);
		if (!request.requester().equals(person)) {
			throw MembershipException.forbidden("GLASS-403", id, "only the requester may reveal the credential");
		}
		if (request.revealedAt() != null) {
			throw MembershipException.conflict("GLASS-REVEALED", id, "the credential was revealed already");
		}
		if (now().isAfter(request.revealUntil())) {
			throw new MembershipException("GLASS-EXPIRED", HttpStatus.GONE, id, "the reveal window is over");
		}
		Secret credential = secrets.resolve(SecretReference.parse(properties.credential()));
		jdbc.update("UPDATE cdc_break_glass SET revealed_at = ? WHERE id = ?", Timestamp.from(now()), id);
		runtime.createMessageCorrelation(REVEALED).processInstanceId(request.processInstanceId()).correlate();
		return credential;
	}

	/** A cd-admin confirms the rotation by completing the rotation task. */
	public BreakGlassView rotate(String id, String person) {
		checkAdmin(person);
		var task = engine.task(MembershipVariables.BREAK_GLASS_ID, id, "rotateCredential", null)
			.orElseThrow(() -> MembershipException.conflict("GLASS-NO-ROTATION", id, "no open rotation task"));
		engine.complete(person, task, Map.of());
		return view(id);
	}

	/** Listener on completion of the rotation task. */
	public void rotated(DelegateTask task) {
		String id = (String) task.getVariable(MembershipVariables.BREAK_GLASS_ID);
		String person = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthenticatedUserId();
		checkAdmin(person);
		jdbc.update("UPDATE cdc_break_glass SET rotated_by = ?, rotated_at = ? WHERE id = ?", person,
				Timestamp.from(now()), id);
	}

	public BreakGlassView view(String id) {
		return find(id, "").orElseThrow(() -> MembershipException.notFound(id));
	}

	private BreakGlassView lock(String id) {
		return find(id, " FOR UPDATE").orElseThrow(() -> MembershipException.notFound(id));
	}

	private Optional<BreakGlassView> find(String id, String lock) {
		return jdbc
			.query("SELECT id, requester, reason, process_instance_id, created_at, reveal_until, revealed_at, "
					+ "rotated_by, rotated_at FROM cdc_break_glass WHERE id = ?" + lock,
					(row, n) -> new BreakGlassView(row.getString(1), row.getString(2), row.getString(3),
							row.getString(4), instant(row.getTimestamp(5)), instant(row.getTimestamp(6)),
							instant(row.getTimestamp(7)), row.getString(8), instant(row.getTimestamp(9))),
					id)
			.stream()
			.findFirst();
	}

	private void checkAdmin(String person) {
		if (person == null || !team.rolesOf(person).contains(Role.CD_ADMIN)) {
			throw MembershipException.forbidden("GLASS-NOT-ADMIN", null, "only a cd-admin may do this");
		}
	}

	private static Instant instant(Timestamp time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/**
	 * A break-glass request, without the credential.
	 *
	 * @param id the request id
	 * @param requester who asked
	 * @param reason why
	 * @param processInstanceId the break-glass process
	 * @param createdAt when
	 * @param revealUntil end of the reveal window
	 * @param revealedAt when the requester revealed it, else null
	 * @param rotatedBy who rotated the credential afterwards, else null
	 * @param rotatedAt when
	 */
	public record BreakGlassView(String id, String requester, String reason, String processInstanceId,
			Instant createdAt, Instant revealUntil, Instant revealedAt, String rotatedBy, Instant rotatedAt) {
	}

}
