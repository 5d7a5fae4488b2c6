package org.tripleo.cdcloud.provisioning;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/provisioning/runs} and {@code /api/nodes/{name}/reprovision} (cd-admin
 * only).
 */
@RestController
@PreAuthorize("hasRole('CD_ADMIN')")
class ProvisioningController {

	private final ProvisioningService service;

	ProvisioningController(ProvisioningService service) {
		this.service = service;
	}

	/** The request body: {@code nodes} is {@code "all"} or a list of names. */
	record RunBody(JsonNode nodes, String biosProfile, String image, boolean dryRun, boolean allowDestructiveRaid,
			Integer concurrency, Integer maxFailures) {

		RunRequest toRequest() {
			return new RunRequest(names(), biosProfile, image, dryRun, allowDestructiveRaid, concurrency, maxFailures);
		}

		private List<String> names() {
			if (nodes != null && nodes.isTextual() && "all".equals(nodes.asText())) {
				return null;
			}
			if (nodes == null || !nodes.isArray()) {
				throw new InvalidRunRequestException("nodes must be \"all\" or a list of node names");
			}
			List<String> names = new ArrayList<>();
			nodes.forEach((node) -> names.add(node.asText()));
			return names;
		}

	}

	@PostMapping("/api/provisioning/runs")
	ResponseEntity<?> start(@RequestBody RunBody body, Principal principal) {
		RunRequest request = body.toRequest();
		if (request.dryRun()) {
			return ResponseEntity.ok(Map.of("dryRun", true, "plan", service.plan(request)));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(service.start(request, principal.getName()));
	}

	@GetMapping("/api/provisioning/runs/{runId}")
	ProvisioningRun run(@PathVariable String runId) {
		return service.run(runId);
	}

	@PostMapping("/api/nodes/{name}/reprovision")
	ResponseEntity<Map<String, Object>> reprovision(@PathVariable String name) {
		service.markForReprovision(name);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("node", name, "reprovision", true));
	}

}
