package org.tripleo.cdcloud.fleet;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.CdcloudCommand;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code batch} command line, parsed without Spring; its usage is pinned. */
class BatchCommandTest {

	private final CommandLine cli = CdcloudCommand.commandLine(new PrintWriter(new StringWriter()),
			new PrintWriter(new StringWriter()));

	@Test
	void shouldParseTheJobAndItsParameters() {
		// when
		ParseResult result = cli.parseArgs("batch", "--inventory", "inv", "fleetUpdate", "recipe=greet", "who=a b");
		// then
		BatchCommand batch = result.subcommand().commandSpec().commandLine().getCommand();
		assertThat(batch.job).isEqualTo("fleetUpdate");
		assertThat(batch.arguments).containsExactly("recipe=greet", "who=a b");
	}

	@Test
	void shouldPrintThisUsage() {
		assertThat(cli.getSubcommands().get("batch").getUsageMessage(Ansi.OFF)).isEqualTo("""
				Usage: cdcloud batch [-x] [--bios-profiles=DIR] [--inventory=DIR] JOB
				                     [KEY=VALUE...]
				Runs a fleet job and waits for it: batch <job> key=value...
				  or restarts a failed execution: batch restart <executionId>.
				Jobs: fleetUpdate (recipe=NAME, recipe parameters), hardwareAudit,
				authorizedKeysSync;
				all take hosts=a,b or role=ROLE, maxUnavailable=N, maxFailPercent=P;
				fleetUpdate also dryRun=true.
				      JOB                   fleetUpdate, hardwareAudit, authorizedKeysSync, or
				                              restart
				      [KEY=VALUE...]        job parameters (restart: the execution id)
				      --bios-profiles=DIR   BIOS profiles directory (default: bios-profiles).
				      --inventory=DIR       Inventory directory (default: inventory).
				  -x, --stacktrace          Print the stack trace of a failure.
				""");
	}

}
