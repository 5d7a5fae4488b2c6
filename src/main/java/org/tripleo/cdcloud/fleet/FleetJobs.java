package org.tripleo.cdcloud.fleet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.JobParameters;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.ssh.SshExecutor;

/**
 * What every host tasklet shares: inventory, SSH, recipes, per-run failure accounting
 * (maxFailPercent) and the per-host Micrometer counter {@code cdcloud.fleet.hosts}.
 */
final class FleetJobs {

	static final String MAX_UNAVAILABLE = "maxUnavailable";

	static final String MAX_FAIL_PERCENT = "maxFailPercent";

	static final String DRY_RUN = "dryRun";

	static final String RECIPE = "recipe";

	static final String RUN_ID = "run.id";

	/** The fleet-job process instance waiting for the job's end, if any. */
	static final String PROCESS_INSTANCE = "processInstanceId";

	/** Job parameters that are not recipe parameters. */
	static final Set<String> RESERVED = Set.of(HostSelection.HOSTS, HostSelection.ROLE, MAX_UNAVAILABLE,
			MAX_FAIL_PERCENT, DRY_RUN, RECIPE, RUN_ID, PROCESS_INSTANCE);

	final Inventory inventory;

	final SshExecutor ssh;

	final Recipes recipes;

	final FleetProperties properties;

	private final MeterRegistry meters;

	private final ObjectMapper json;

	private final Map<Long, AtomicInteger> failures = new ConcurrentHashMap<>();

	private final Set<Long> aborted = ConcurrentHashMap.newKeySet();

	FleetJobs(Inventory inventory, SshExecutor ssh, Recipes recipes, FleetProperties properties, MeterRegistry meters,
			ObjectMapper json) {
		this.inventory = inventory;
		this.ssh = ssh;
		this.recipes = recipes;
		this.properties = properties;
		this.meters = meters;
		this.json = json;
	}

	Machine machine(String name) {
		return inventory.machine(name).orElseThrow(() -> FleetException.notFound("no machine '" + name + "'"));
	}

	static Map<String, String> strings(JobParameters parameters) {
		Map<String, String> strings = new LinkedHashMap<>();
		parameters.getParameters().forEach((key, value) -> strings.put(key, String.valueOf(value.getValue())));
		return strings;
	}

	static int intParameter(Map<String, String> parameters, String key, int defaultValue) {
		String value = parameters.get(key);
		try {
			return (value != null) ? Integer.parseInt(value) : defaultValue;
		}
		catch (NumberFormatException ex) {
			throw FleetException.invalid(key + " must be an integer");
		}
	}

	boolean aborted(long jobExecutionId) {
		return aborted.contains(jobExecutionId);
	}

	/**
	 * Counts a failed host; aborts the run once failures exceed maxFailPercent of all
	 * hosts.
	 */
	void hostFailed(long jobExecutionId, int hosts, int maxFailPercent) {
		int failed = failures.computeIfAbsent(jobExecutionId, (id) -> new AtomicInteger()).incrementAndGet();
		if (failed * 100L > (long) maxFailPercent * hosts) {
			aborted.add(jobExecutionId);
		}
	}

	void forget(long jobExecutionId) {
		failures.remove(jobExecutionId);
		aborted.remove(jobExecutionId);
	}

	void count(String job, String host, String outcome) {
		meters.counter("cdcloud.fleet.hosts", "job", job, "host", host, "outcome", outcome).increment();
	}

	String write(HostResult result) {
		try {
			return json.writeValueAsString(result);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a host result always serialises", ex);
		}
	}

	HostResult read(String stored) {
		try {
			return json.readValue(stored, HostResult.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored host result is unreadable", ex);
		}
	}

}
