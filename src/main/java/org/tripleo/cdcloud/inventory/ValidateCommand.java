package org.tripleo.cdcloud.inventory;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tripleo.cdcloud.CdcloudCommand;
import org.tripleo.cdcloud.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cdcloud validate}: checks the inventory and BIOS profiles together, as the
 * service does at start-up, and lists every violation.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validate inventory and BIOS profiles; list every violation (exit 2 if any).")
public class ValidateCommand implements Callable<Integer> {

	@ParentCommand
	private CdcloudCommand root;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		Inventory inventory;
		try {
			inventory = new InventoryLoader(root.inventoryDir(), root.biosProfilesDir()).load();
		}
		catch (InventoryValidationException ex) {
			PrintWriter err = spec.commandLine().getErr();
			ex.violations().forEach(err::println);
			err.printf("%d violation(s) in %s and %s%n", ex.violations().size(), root.inventoryDir(),
					root.biosProfilesDir());
			return CdcloudCommand.EXIT_INVALID_INPUT;
		}
		out.print(machineTable(inventory.machines()));
		out.printf("valid: %d machines, %d people, %d environments, %d BIOS profiles%n", inventory.machines().size(),
				inventory.people().size(), inventory.environments().size(), inventory.biosProfiles().size());
		return CdcloudCommand.EXIT_OK;
	}

	private static String machineTable(List<Machine> machines) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "NAME", "ROLE", "IP", "BMC", "BMC ADDRESS", "BIOS PROFILE" });
		for (Machine machine : machines) {
			Bmc bmc = machine.bmc();
			rows.add(new String[] { machine.name(), machine.role().id(), machine.ip(),
					(bmc != null) ? bmc.driver().id() : "-",
					(bmc != null && bmc.address() != null) ? bmc.address() : "-",
					(machine.biosProfile() != null) ? machine.biosProfile() : "-" });
		}
		return TextTable.render(rows);
	}

}
