package org.tripleo.cdcloud.bmc;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.tripleo.cdcloud.CdcloudCommand;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cdcloud bmc} in-process on the loopback test inventory (fake hardware type),
 * booting the service's beans without a web server.
 */
class BmcCommandIT {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	@BeforeAll
	static void inMemoryDatabase() {
		System.setProperty("spring.datasource.url", "jdbc:h2:mem:bmc-cli;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void restore() {
		System.clearProperty("spring.datasource.url");
		// the CLI profile's root WARN (application-cli.yaml) would otherwise stay on for
		// the
		// ITs that run after this one in the same JVM and read INFO lines
		LoggingSystem.get(BmcCommandIT.class.getClassLoader())
			.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
	}

	int run(String... args) {
		CommandLine cli = CdcloudCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
		try {
			String[] all = new String[args.length + 4];
			all[0] = "--inventory";
			all[1] = "src/test/resources/inventory/valid";
			all[2] = "--bios-profiles";
			all[3] = "src/test/resources/bios-profiles";
			System.arraycopy(args, 0, all, 4, args.length);
			return cli.execute(all);
		}
		finally {
			cli.<CdcloudCommand>getCommand().context().close();
		}
	}

	@Test
	void biosApplyChangesThenVerifies() {
		int exit = run("bmc", "oc-171", "bios-apply");
		assertThat(exit).as(out + "/" + err).isZero();
		assertThat(out.toString()).startsWith("oc-171: ").contains("changed and verified: BootMode Uefi -> LegacyBios");
	}

	@Test
	void allMachinesRunInParallelAndOneFailureMakesTheExitCodeNonZero() {
		// oc-173 is ipmi+redfish and its password variable is not set: it fails before
		// any
		// packet is sent
		int exit = run("bmc", "all", "power-status");
		assertThat(exit).as(out + "/" + err).isEqualTo(CdcloudCommand.EXIT_FAILED);
		assertThat(out.toString()).contains("oc-171: off", "oc-172: off", "seed-vm-host: off")
			.contains("oc-173: FAILED")
			.contains("CDCLOUD_BMC_PASSWORD");
	}

	@Test
	void unknownActionIsInvalidInput() {
		assertThat(run("bmc", "oc-171", "frobnicate")).isEqualTo(CdcloudCommand.EXIT_INVALID_INPUT);
		assertThat(err.toString()).contains("unknown action 'frobnicate'");
	}

}
