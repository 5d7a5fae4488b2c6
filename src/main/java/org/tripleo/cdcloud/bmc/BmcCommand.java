package org.tripleo.cdcloud.bmc;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.tripleo.cdcloud.CdcloudCommand;
import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.Machine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cdcloud bmc <machine|all> <action> [PROFILE]}: one BMC action on one or every
 * machine, in parallel, one line per machine.
 */
@Command(name = "bmc", mixinStandardHelpOptions = true,
		description = "Run a BMC action on a machine or all: one line per machine; exit 1 if any failed.")
public class BmcCommand implements Callable<Integer> {

	/** The actions, as typed. */
	enum Action {

		POWER_STATUS, POWER_ON, POWER_OFF, BOOT_PXE, INVENTORY, BIOS_SHOW, BIOS_DIFF, BIOS_APPLY, RAID_SHOW;

		static Action parse(String text) {
			return valueOf(text.toUpperCase().replace('-', '_'));
		}

	}

	@ParentCommand
	private CdcloudCommand root;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MACHINE", description = "A machine name, or 'all'.")
	String machine;

	@Parameters(index = "1", paramLabel = "ACTION",
			description = "power-status, power-on, power-off, boot-pxe, inventory, bios-show, bios-diff, bios-apply, raid-show")
	String action;

	@Parameters(index = "2", arity = "0..1", paramLabel = "PROFILE",
			description = "BIOS profile for bios-diff and bios-apply (default: the machine's).")
	String profile;

	@Override
	public Integer call() throws Exception {
		Action parsed;
		try {
			parsed = Action.parse(action);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown action '" + action + "'");
		}
		BmcService service = root.context().bean(BmcService.class);
		List<Machine> machines = service.select(machine);
		PrintWriter out = spec.commandLine().getOut();
		boolean failed = false;
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(machines.size(), 18)));
		try {
			List<Future<String>> lines = new ArrayList<>();
			for (Machine m : machines) {
				lines.add(pool.submit(() -> line(service, m, parsed)));
			}
			for (Future<String> line : lines) {
				String text = line.get();
				failed |= text.contains(": FAILED ");
				out.println(text);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return failed ? CdcloudCommand.EXIT_FAILED : CdcloudCommand.EXIT_OK;
	}

	private String line(BmcService service, Machine m, Action parsed) {
		try {
			return m.name() + ": " + run(service, m, parsed);
		}
		catch (RuntimeException ex) {
			String message = ex.getMessage().startsWith(m.name() + ": ")
					? ex.getMessage().substring(m.name().length() + 2) : ex.getMessage();
			return m.name() + ": FAILED " + message;
		}
	}

	private String run(BmcService service, Machine m, Action parsed) {
		ComposedDriver driver = service.driver(m);
		BmcTarget target = driver.target();
		return switch (parsed) {
			case POWER_STATUS -> driver.power().powerState(target).name().toLowerCase();
			case POWER_ON -> power(driver, PowerAction.ON);
			case POWER_OFF -> power(driver, PowerAction.OFF);
			case BOOT_PXE -> {
				driver.management().setBootDevice(target, new BootSetting(BootDevice.PXE, true));
				yield "boot device pxe (persistent)";
			}
			case INVENTORY -> driver.inspect().inspect(target).toString();
			case BIOS_SHOW -> driver.bios().attributes(target).toString();
			case BIOS_DIFF -> changes(service.bios().diff(m, profileOf(service, m)), "to change");
			case BIOS_APPLY -> changes(service.bios().apply(m, profileOf(service, m)), "changed and verified");
			case RAID_SHOW -> raid(driver.raid().storage(target));
		};
	}

	private static String power(ComposedDriver driver, PowerAction action) {
		driver.power().power(driver.target(), action);
		return "power " + action.name().toLowerCase() + " sent";
	}

	private BiosProfile profileOf(BmcService service, Machine m) {
		String name = (profile != null) ? profile : m.biosProfile();
		if (name == null) {
			throw new IllegalArgumentException("no BIOS profile given and none in machines.yaml");
		}
		return service.profile(name);
	}

	private static String changes(List<BiosSettings.Change> changes, String verb) {
		if (changes.isEmpty()) {
			return "compliant, no change";
		}
		return changes.size() + " " + verb + ": "
				+ changes.stream()
					.map((c) -> c.name() + " " + c.current() + " -> " + c.wanted())
					.collect(Collectors.joining(", "));
	}

	private static String raid(StorageInfo storage) {
		return storage.controllers()
			.stream()
			.map((c) -> c.name() + " drives=" + c.drives().size() + " volumes="
					+ c.volumes().stream().map((v) -> v.name() + "/" + v.raidType()).toList())
			.collect(Collectors.joining("; "));
	}

}
