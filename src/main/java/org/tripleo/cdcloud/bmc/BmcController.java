package org.tripleo.cdcloud.bmc;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/nodes/{name}/bmc}: power, boot device and BIOS compliance of a machine,
 * read from its BMC (cd-admin only, as every {@code /api/nodes} path).
 */
@RestController
class BmcController {

	private final BmcService service;

	BmcController(BmcService service) {
		this.service = service;
	}

	@GetMapping("/api/nodes/{name}/bmc")
	BmcStatus status(@PathVariable String name) {
		return service.status(name);
	}

}
