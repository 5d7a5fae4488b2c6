package org.tripleo.cdcloud.provisioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.tripleo.cdcloud.inventory.BiosProfile;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.provisioning.FakeRig.FakeNode;

/**
 * Simulated nodes behind every hardware seam
 * ({@code cdcloud.provisioning.hardware: fake}): stateful per node, with a fixed latency
 * per transition and the faults of {@link ProvisioningProperties.Fake#faults()}, which
 * tests may also inject. The demo profile and the tests use it; it never touches a
 * network.
 */
public class FakeHardware implements NodePower, NodeBios, NodeRaid, NodeBoot, NodeDeploy, NodeVerifier {

	private final FakeRig rig;

	private final ProvisioningProperties.Fake settings;

	private final Map<String, List<String>> faults = new ConcurrentHashMap<>();

	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

	FakeHardware(FakeRig rig, ProvisioningProperties.Fake settings) {
		this.rig = rig;
		this.settings = settings;
		settings.faults().forEach((node, list) -> faults.put(node, new CopyOnWriteArrayList<>(list)));
	}

	/**
	 * Adds a fault to a node (same syntax as the {@code faults} property).
	 * @param node the node name
	 * @param fault e.g. {@code hang} or {@code fail-once:power.off}
	 */
	public void inject(String node, String fault) {
		faults.computeIfAbsent(node, (name) -> new CopyOnWriteArrayList<>()).add(fault);
	}

	/**
	 * Removes every fault of a node.
	 * @param node the node name
	 */
	public void heal(String node) {
		faults.remove(node);
	}

	/**
	 * Every call made so far, by any JVM on this database, in order.
	 * @return the journal
	 */
	public List<FakeRig.Call> calls() {
		return rig.calls();
	}

	@Override
	public PowerState state(Machine machine) {
		return read(machine, "power.state", (node) -> {
			if (node.powerTarget != null) {
				return node.powerTarget ? PowerState.POWERING_ON : PowerState.POWERING_OFF;
			}
			return node.powerOn ? PowerState.ON : PowerState.OFF;
		});
	}

	@Override
	public void powerOff(Machine machine) {
		write(machine, "power.off", (node) -> transition(node, false));
	}

	@Override
	public void powerOn(Machine machine) {
		write(machine, "power.on", (node) -> transition(node, true));
	}

	@Override
	public Map<String, String> diff(Machine machine, BiosProfile profile) {
		return read(machine, "bios.diff", (node) -> {
			Map<String, String> diff = new LinkedHashMap<>();
			profile.settings().forEach((name, value) -> {
				if (!value.equals(node.bios.get(name))) {
					diff.put(name, value);
				}
			});
			return diff;
		});
	}

	@Override
	public void apply(Machine machine, Map<String, String> attributes) {
		write(machine, "bios.apply", (node) -> attributes.forEach((name, value) -> {
			if (!has(machine, "bios-stuck:" + name)) {
				node.bios.put(name, value);
			}
		}));
	}

	@Override
	public List<String> unapplied(Machine machine, BiosProfile profile) {
		return read(machine, "bios.verify",
				(node) -> profile.expected()
					.entrySet()
					.stream()
					.filter((e) -> !e.getValue().equals(node.bios.get(e.getKey())))
					.map(Map.Entry::getKey)
					.toList());
	}

	@Override
	public Plan plan(Machine machine, HardwareProfile profile) {
		return read(machine, "raid.plan", (node) -> switch (node.raid) {
			case "none" -> Plan.CREATE;
			case "foreign" -> Plan.DESTRUCTIVE_REPLACE;
			default -> Plan.NONE;
		});
	}

	@Override
	public void apply(Machine machine, HardwareProfile profile, Plan plan) {
		write(machine, "raid.apply", (node) -> node.raid = profile.raid());
	}

	@Override
	public boolean isPxe(Machine machine, boolean persistent) {
		return read(machine, "boot.state", (node) -> node.boot.equals(persistent ? "pxe" : "pxe-once"));
	}

	@Override
	public void setPxe(Machine machine, boolean persistent) {
		write(machine, "boot.set", (node) -> node.boot = persistent ? "pxe" : "pxe-once");
	}

	@Override
	public Deployment deployment(Machine machine) {
		return read(machine, "deploy.state", (node) -> new Deployment(node.deployState, node.image, node.requestId,
				NodeDeploy.DEPLOY_FAILED.equals(node.deployState) ? "fake: deploy-fails" : null));
	}

	@Override
	public void start(Machine machine, String image, String requestId) {
		write(machine, "deploy.start", (node) -> {
			node.image = image;
			node.requestId = requestId;
			node.deployState = "deploying";
			node.deployAt = Instant.now().plus(settings.latency());
		});
	}

	@Override
	public Verification verify(Machine machine, HardwareProfile profile) {
		return read(machine, "ssh.verify", (node) -> {
			if (!node.powerOn || !NodeDeploy.ACTIVE.equals(node.deployState)) {
				return new Verification(false, List.of());
			}
			List<String> drift = new ArrayList<>();
			for (String fault : faults.getOrDefault(machine.name(), List.of())) {
				if (fault.startsWith("drift:")) {
					drift.add(fault.substring(6) + ": differs from hardware profile " + profile.name() + " (fake)");
				}
			}
			return new Verification(true, drift);
		});
	}

	private void transition(FakeNode node, boolean on) {
		node.powerTarget = on;
		node.settleAt = Instant.now().plus(settings.latency());
	}

	private <T> T read(Machine machine, String op, Function<FakeNode, T> reader) {
		answer(machine, op);
		return rig.read(machine.name(), op, initial(machine), (node) -> reader.apply(settle(machine, node)));
	}

	private void write(Machine machine, String op, Consumer<FakeNode> change) {
		answer(machine, op);
		rig.write(machine.name(), op, initial(machine), (node) -> change.accept(settle(machine, node)));
	}

	/** Completes the transitions whose time has come. */
	private FakeNode settle(Machine machine, FakeNode node) {
		Instant now = Instant.now();
		if (node.powerTarget != null && !now.isBefore(node.settleAt)) {
			node.powerOn = node.powerTarget;
			node.powerTarget = null;
		}
		if ("deploying".equals(node.deployState) && !now.isBefore(node.deployAt)) {
			node.deployState = has(machine, "deploy-fails") ? NodeDeploy.DEPLOY_FAILED : NodeDeploy.ACTIVE;
		}
		return node;
	}

	/** Blocks like a BMC round trip, and plays the node's faults. */
	private void answer(Machine machine, String op) {
		if (has(machine, "hang")) {
			sleep(settings.hangTimeout().toMillis());
			throw new NodeHardwareException(machine.name(),
					op + ": no answer within " + settings.hangTimeout().toMillis() + " ms (fake hang)");
		}
		if (has(machine, "fail-once:" + op) && failedOnce.add(machine.name() + "/" + op)) {
			throw new NodeHardwareException(machine.name(), op + " failed (fake fail-once)");
		}
		sleep(settings.callTime().toMillis());
	}

	private FakeNode initial(Machine machine) {
		FakeNode node = new FakeNode();
		if (has(machine, "foreign-raid")) {
			node.raid = "foreign";
		}
		return node;
	}

	private boolean has(Machine machine, String fault) {
		return faults.getOrDefault(machine.name(), List.of()).contains(fault);
	}

	private static void sleep(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
