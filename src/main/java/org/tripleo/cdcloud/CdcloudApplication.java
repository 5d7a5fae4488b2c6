package org.tripleo.cdcloud;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point: starts the service, or runs one command-line subcommand and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CdcloudApplication {

	/**
	 * Starts the service when given no arguments, {@code serve [--prop=value...]} or only
	 * Spring properties ({@code --spring.profiles.active=demo}); otherwise runs the
	 * subcommand and exits with its code.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		if (args.length > 0 && "serve".equals(args[0])) {
			SpringApplication.run(CdcloudApplication.class, Arrays.copyOfRange(args, 1, args.length));
		}
		else if (Arrays.stream(args).allMatch((arg) -> arg.startsWith("--") && arg.contains("="))) {
			SpringApplication.run(CdcloudApplication.class, args);
		}
		else {
			System.exit(CdcloudCommand.run(args));
		}
	}

}
