package org.tripleo.cdcloud.fleet;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tripleo.cdcloud.CdcloudCommand;
import org.tripleo.cdcloud.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code batch <job> key=value...} runs a fleet job to its end with a progress line;
 * {@code batch restart <id>} restarts a failed one. For cron and the operator's shell.
 */
@Command(name = "batch",
		description = { "Runs a fleet job and waits for it: batch <job> key=value...",
				"  or restarts a failed execution: batch restart <executionId>.",
				"Jobs: fleetUpdate (recipe=NAME, recipe parameters), hardwareAudit, authorizedKeysSync;",
				"all take hosts=a,b or role=ROLE, maxUnavailable=N, maxFailPercent=P; fleetUpdate also dryRun=true." })
public class BatchCommand implements Callable<Integer> {

	private static final Duration DEADLINE = Duration.ofHours(12);

	@ParentCommand
	CdcloudCommand root;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "JOB",
			description = "fleetUpdate, hardwareAudit, authorizedKeysSync, or restart")
	String job;

	@Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "job parameters (restart: the execution id)")
	List<String> arguments = new ArrayList<>();

	@Override
	public Integer call() {
		// The batch subcommand is the fleet's command line: it always needs the fleet
		// beans.
		System.setProperty("cdcloud.fleet.enabled", "true");
		BatchService batch = root.context().bean(BatchService.class);
		PrintWriter out = spec.commandLine().getOut();
		long id = "restart".equals(job) ? batch.restart(executionId()) : batch.launch(job, parameters());
		out.println(job + " execution " + id + " started");
		String[] last = { "" };
		ExecutionReport report = batch.await(id, DEADLINE, (progress) -> {
			String line = progress.job() + " #" + id + ": " + progress.hosts();
			if (!line.equals(last[0])) {
				out.println(line);
				out.flush();
				last[0] = line;
			}
		});
		out.print(table(report));
		out.println(report.job() + " #" + id + " " + report.status() + ": " + report.hosts());
		return "COMPLETED".equals(report.status()) ? CdcloudCommand.EXIT_OK : CdcloudCommand.EXIT_FAILED;
	}

	private long executionId() {
		if (arguments.size() != 1 || !arguments.get(0).matches("[0-9]+")) {
			throw new IllegalArgumentException("usage: batch restart <executionId>");
		}
		return Long.parseLong(arguments.get(0));
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("job parameters are KEY=VALUE, not '" + argument + "'");
			}
			parameters.put(argument.substring(0, equals), argument.substring(equals + 1));
		}
		return parameters;
	}

	private static String table(ExecutionReport report) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "HOST", "OUTCOME", "STEPS", "DETAIL" });
		for (HostResult host : report.results()) {
			rows.add(new String[] { host.host(), host.outcome(), Integer.toString(host.steps().size()),
					(host.message() != null) ? host.message() : String.join("; ", host.drift()) });
		}
		return TextTable.render(rows);
	}

}
