package org.tripleo.cdcloud.undercloud;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.CdcloudCommand;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code undercloud} command line, parsed without Spring. */
class UndercloudCommandTest {

	private final CommandLine cli = CdcloudCommand.commandLine(new PrintWriter(new StringWriter()),
			new PrintWriter(new StringWriter()));

	@Test
	void shouldParseEnrollWithMachinesAndInventory() {
		// when
		ParseResult result = cli.parseArgs("--inventory", "inv", "undercloud", "enroll", "oc-171", "oc-172");

		// then
		UndercloudCommand.Enroll enroll = result.subcommand().subcommand().commandSpec().commandLine().getCommand();
		assertThat(enroll.machines).containsExactly("oc-171", "oc-172");
		assertThat(result.matchedOptionValue("--inventory", null).toString()).isEqualTo("inv");
	}

	@Test
	void shouldListTheThreeSubcommands() {
		String usage = cli.getSubcommands().get("undercloud").getUsageMessage(Ansi.OFF);
		assertThat(usage).contains("check", "sync-keypairs", "enroll");
	}

}
