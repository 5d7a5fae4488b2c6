package org.tripleo.cdcloud.inventory;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/nodes}: the machines of the inventory (cd-admin only). Credentials appear
 * by reference name, never by value.
 */
@RestController
@RequestMapping("/api/nodes")
class NodeController {

	private final Inventory inventory;

	private final ObjectProvider<NodeStates> states;

	NodeController(Inventory inventory, ObjectProvider<NodeStates> states) {
		this.inventory = inventory;
		this.states = states;
	}

	@GetMapping
	List<NodeView> nodes() {
		Map<String, String> all = states();
		return inventory.machines().stream().map((machine) -> NodeView.of(machine, all)).toList();
	}

	@GetMapping("/{name}")
	NodeView node(@PathVariable String name) {
		return inventory.machine(name)
			.map((machine) -> NodeView.of(machine, states()))
			.orElseThrow(() -> new UnknownMachineException(name));
	}

	private Map<String, String> states() {
		NodeStates nodeStates = states.getIfAvailable();
		return (nodeStates != null) ? nodeStates.all() : Map.of();
	}

	/** One machine as the API shows it, with its life-cycle state. */
	record NodeView(String name, String role, String ip, String hardware, String biosProfile, String eth2Mac,
			BmcView bmc, String state) {

		static NodeView of(Machine machine, Map<String, String> states) {
			return new NodeView(machine.name(), machine.role().id(), machine.ip(), machine.hardware(),
					machine.biosProfile(), machine.eth2Mac(),
					(machine.bmc() != null) ? BmcView.of(machine.bmc()) : null,
					states.getOrDefault(machine.name(), NodeStates.ENROLLED));
		}

	}

	/** A machine's BMC: how to reach it, and which named credentials it uses. */
	record BmcView(String driver, String address, Integer port, URI redfishUrl, String credentials) {

		static BmcView of(Bmc bmc) {
			return new BmcView(bmc.driver().id(), bmc.address(), bmc.port(), bmc.redfishUrl(), bmc.credentials());
		}

	}

}
