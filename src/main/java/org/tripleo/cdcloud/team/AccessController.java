package org.tripleo.cdcloud.team;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tripleo.cdcloud.team.AccessService.AccessReport;

/**
 * {@code /api/access/{personId}}: which environments a person may reach and why; a person
 * may ask about themselves, a cd-admin about anyone.
 */
@RestController
class AccessController {

	private final AccessService access;

	AccessController(AccessService access) {
		this.access = access;
	}

	@GetMapping("/api/access/{personId}")
	@PreAuthorize("hasRole('CD_ADMIN') or #personId == authentication.name")
	AccessReport access(@PathVariable String personId) {
		return access.report(personId);
	}

}
