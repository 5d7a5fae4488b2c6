package org.tripleo.cdcloud.team;

import java.security.Principal;
import java.time.Instant;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tripleo.cdcloud.team.BreakGlassService.BreakGlassView;

/**
 * {@code /api/break-glass}: emergency access to the undercloud admin credentials, for
 * cd-admins; the one-time reveal is the only response that ever carries a secret.
 */
@RestController
@RequestMapping("/api/break-glass")
@PreAuthorize("hasRole('CD_ADMIN')")
class BreakGlassController {

	private final BreakGlassService breakGlass;

	BreakGlassController(BreakGlassService breakGlass) {
		this.breakGlass = breakGlass;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	BreakGlassView request(@Valid @RequestBody BreakGlassRequest body, Principal requester) {
		return breakGlass.request(requester.getName(), body.reason());
	}

	@GetMapping("/{id}")
	BreakGlassView get(@PathVariable String id) {
		return breakGlass.view(id);
	}

	@PostMapping("/{id}/reveal")
	ResponseEntity<Map<String, Object>> reveal(@PathVariable String id, Principal requester) {
		String credential = breakGlass.reveal(id, requester.getName()).reveal();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("credential", credential, "revealedAt", Instant.now().toString()));
	}

	@PostMapping("/{id}/rotation")
	BreakGlassView rotated(@PathVariable String id, Principal admin) {
		return breakGlass.rotate(id, admin.getName());
	}

	/** Why the credentials are needed. */
	record BreakGlassRequest(@NotBlank String reason) {
	}

}
