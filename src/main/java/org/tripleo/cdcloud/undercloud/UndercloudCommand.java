package org.tripleo.cdcloud.undercloud;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tripleo.cdcloud.CdcloudCommand;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Role;
import org.tripleo.cdcloud.team.TeamService;
import org.tripleo.cdcloud.team.ChangeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cdcloud undercloud check|sync-keypairs|enroll}: the undercloud operations,
 * against the cloud named by {@code cdcloud.undercloud.cloud} (e.g.
 * {@code CDCLOUD_UNDERCLOUD_CLOUD=undercloud}).
 */
@Command(name = "undercloud", mixinStandardHelpOptions = true,
		description = "Undercloud operations (Keystone, Nova keypairs, Ironic enrolment).", subcommands = {
				UndercloudCommand.Check.class, UndercloudCommand.SyncKeypairs.class, UndercloudCommand.Enroll.class })
public class UndercloudCommand {

	@ParentCommand
	CdcloudCommand root;

	@Spec
	CommandSpec spec;

	static int print(CommandSpec spec, ChangeReport report) {
		PrintWriter out = spec.commandLine().getOut();
		report.changes().forEach(out::println);
		if (!report.changed()) {
			out.println("nothing to change");
		}
		return CdcloudCommand.EXIT_OK;
	}

	/** Authenticates and lists the endpoints found. */
	@Command(name = "check", mixinStandardHelpOptions = true,
			description = "Authenticate and list the endpoints of the catalog.")
	static class Check implements Callable<Integer> {

		@ParentCommand
		UndercloudCommand parent;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			List<String> endpoints = parent.root.context().bean(Undercloud.class).check();
			endpoints.forEach(spec.commandLine().getOut()::println);
			return CdcloudCommand.EXIT_OK;
		}

	}

	/** Syncs the admin user's keypairs with the cd-admins of the live team. */
	@Command(name = "sync-keypairs", mixinStandardHelpOptions = true,
			description = "Rebuild default and cd-admin-<id> keypairs from the cd-admins' keys; print the changes.")
	static class SyncKeypairs implements Callable<Integer> {

		@ParentCommand
		UndercloudCommand parent;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			// the database is the live team (seeded from team.yaml); team.yaml may lag
			// behind it
			TeamService team = parent.root.context().bean(TeamService.class);
			Undercloud undercloud = parent.root.context().bean(Undercloud.class);
			return print(spec, new NovaKeypairs(undercloud).syncAdminKeypairs(team.withRole(Role.CD_ADMIN)));
		}

	}

	/** Enrols machines of machines.yaml in Ironic and makes them available. */
	@Command(name = "enroll", mixinStandardHelpOptions = true,
			description = "Enrol machines (default: every machine with a BMC) in Ironic; print the changes.")
	static class Enroll implements Callable<Integer> {

		@ParentCommand
		UndercloudCommand parent;

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "MACHINE", arity = "0..*", description = "Machine names of machines.yaml.")
		List<String> machines = new ArrayList<>();

		@Override
		public Integer call() {
			Inventory inventory = parent.root.context().bean(Inventory.class);
			return print(spec, parent.root.context().bean(BareMetal.class).enroll(inventory, machines));
		}

	}

}
