package org.tripleo.cdcloud.inventory;

import java.net.URI;
import java.util.List;

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

	NodeController(Inventory inventory) {
		this.inventory = inventory;
	}

	@GetMapping
	List<NodeView> nodes() {
		return inventory.machines().stream().map(NodeView::of).toList();
	}

	@GetMapping("/{name}")
	NodeView node(@PathVariable String name) {
		return inventory.machine(name).map(NodeView::of).orElseThrow(() -> new UnknownMachineException(name));
	}

	/** One machine as the API shows it. */
	record NodeView(String name, String role, String ip, String hardware, String biosProfile, String eth2Mac,
			BmcView bmc) {

		static NodeView of(Machine machine) {
			return new NodeView(machine.name(), machine.role().id(), machine.ip(), machine.hardware(),
					machine.biosProfile(), machine.eth2Mac(),
					(machine.bmc() != null) ? BmcView.of(machine.bmc()) : null);
		}

	}

	/** A machine's BMC: how to reach it, and which named credentials it uses. */
	record BmcView(String driver, String address, Integer port, URI redfishUrl, String credentials) {

		static BmcView of(Bmc bmc) {
			return new BmcView(bmc.driver().id(), bmc.address(), bmc.port(), bmc.redfishUrl(), bmc.credentials());
		}

	}

}
