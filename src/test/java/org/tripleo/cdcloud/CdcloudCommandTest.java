package org.tripleo.cdcloud;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root of the command line: its usage and its exit codes for bad input.
 */
class CdcloudCommandTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return CdcloudCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
	}

	@Test
	void helpListsTheSubcommands() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("validate").contains("secrets").contains("--inventory");
	}

	@Test
	void unknownSubcommandIsInvalidInput() {
		assertThat(run("bogus")).isEqualTo(CdcloudCommand.EXIT_INVALID_INPUT);
		assertThat(err.toString()).contains("Unmatched argument").contains("bogus");
	}

}
