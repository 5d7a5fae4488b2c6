package org.tripleo.cdcloud.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.inventory.MachineRole;
import org.tripleo.cdcloud.provisioning.ProvisioningTargets.Target;

/**
 * Starts fleet provisioning runs (REST, scheduler), answers dry runs and reads runs back.
 */
@Service
public class ProvisioningService {

	/** The fleet process's key. */
	public static final String FLEET_PROCESS = "fleet-provisioning";

	private static final Logger log = LoggerFactory.getLogger(ProvisioningService.class);

	private final Inventory inventory;

	private final ProvisioningTargets targets;

	private final RunStore runs;

	private final NodeClaims claims;

	private final NodeStateStore states;

	private final RuntimeService runtime;

	private final DryRun dryRun;

	private final ProvisioningProperties properties;

	ProvisioningService(Inventory inventory, ProvisioningTargets targets, RunStore runs, NodeClaims claims,
			NodeStateStore states, RuntimeService runtime, DryRun dryRun, ProvisioningProperties properties) {
		this.inventory = inventory;
		this.targets = targets;
		this.runs = runs;
		this.claims = claims;
		this.states = states;
		this.runtime = runtime;
		this.dryRun = dryRun;
		this.properties = properties;
	}

	/**
	 * The ids of a started run.
	 *
	 * @param runId the run, for {@code GET /api/provisioning/runs/{id}}
	 * @param processInstanceId the fleet-provisioning instance, for Cockpit
	 */
	public record RunStarted(String runId, String processInstanceId) {
	}

	/**
	 * Claims the nodes and starts a fleet run, all or nothing.
	 * @param request what to provision
	 * @param startedBy who asks
	 * @return the run's ids
	 * @throws InvalidRunRequestException naming an unknown or unfit node or profile
	 * @throws NodeBusyException naming the run that holds a node
	 */
	@Transactional
	public RunStarted start(RunRequest request, String startedBy) {
		List<Target> nodes = resolve(request, null);
		String runId = UUID.randomUUID().toString();
		runs.create(new RunStore.NewRun(runId, startedBy, request.biosProfile(), image(request),
				request.allowDestructiveRaid(), positive(request.concurrency(), properties.concurrency()),
				(request.maxFailures() != null) ? request.maxFailures() : properties.maxFailures(),
				nodes.stream().map((target) -> target.machine().name()).toList()));
		nodes.forEach((target) -> claims.claim(target.machine().name(), runId));
		String processInstanceId = runtime.startProcessInstanceByKey(FLEET_PROCESS, runId, variables(runId, request))
			.getId();
		runs.processInstance(runId, processInstanceId);
		log.info("PROV-001 run {} started by {} for {} node(s)", runId, startedBy, nodes.size());
		return new RunStarted(runId, processInstanceId);
	}

	/**
	 * Answers what a run would do, reading the hardware and changing nothing.
	 * @param request what to provision
	 * @return per node, its plan
	 */
	public List<DryRun.NodePlan> plan(RunRequest request) {
		return resolve(request, null).stream().map(dryRun::plan).toList();
	}

	public ProvisioningRun run(String runId) {
		return runs.find(runId, states).orElseThrow(() -> new RunNotFoundException(runId));
	}

	/**
	 * Marks a node for the next scheduled reprovisioning.
	 * @param node the node name
	 * @throws InvalidRunRequestException when it is not a provisionable node
	 */
	@Transactional
	public void markForReprovision(String node) {
		targets.resolve(null, node, null, properties.defaultImage(), false);
		states.markReprovision(node, true);
	}

	/**
	 * Starts a run for the nodes marked for reprovisioning, and unmarks them.
	 * @return the run, or empty when no node is marked
	 */
	@Transactional
	public Optional<RunStarted> reprovisionMarked() {
		List<String> marked = states.markedForReprovision();
		if (marked.isEmpty()) {
			return Optional.empty();
		}
		RunStarted started = start(RunRequest.of(marked), "scheduler");
		marked.forEach((node) -> states.markReprovision(node, false));
		return Optional.of(started);
	}

	private List<Target> resolve(RunRequest request, String runId) {
		List<String> names = (request.nodes() != null) ? request.nodes()
				: inventory.machines(MachineRole.OVERCLOUD).stream().map(Machine::name).toList();
		if (names.isEmpty()) {
			throw new InvalidRunRequestException("no nodes to provision");
		}
		return names.stream()
			.distinct()
			.map((node) -> targets.resolve(runId, node, request.biosProfile(), image(request),
					request.allowDestructiveRaid()))
			.toList();
	}

	private Map<String, Object> variables(String runId, RunRequest request) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put(ProvisioningVariables.RUN_ID, runId);
		variables.put(ProvisioningVariables.BIOS_PROFILE, request.biosProfile());
		variables.put(ProvisioningVariables.IMAGE, image(request));
		variables.put(ProvisioningVariables.ALLOW_DESTRUCTIVE_RAID, request.allowDestructiveRaid());
		variables.put(ProvisioningVariables.POLL_INTERVAL, properties.pollInterval().toString());
		variables.put(ProvisioningVariables.RETRY_CYCLE, properties.retryCycle());
		return variables;
	}

	private String image(RunRequest request) {
		return (request.image() != null) ? request.image() : properties.defaultImage();
	}

	private static int positive(Integer value, int fallback) {
		return (value != null && value > 0) ? value : fallback;
	}

}
