package org.tripleo.cdcloud.fleet;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Launch, watch and restart fleet jobs (cd-admin only, see SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/batch")
@ConditionalOnProperty(prefix = "cdcloud.fleet", name = "enabled", havingValue = "true")
class BatchController {

	private final BatchService batch;

	BatchController(BatchService batch) {
		this.batch = batch;
	}

	@PostMapping("/jobs/{name}/executions")
	ResponseEntity<Launched> launch(@PathVariable String name,
			@RequestBody(required = false) Map<String, String> parameters) {
		return accepted(batch.launch(name, (parameters != null) ? parameters : Map.of()));
	}

	@GetMapping("/executions/{id}")
	ExecutionReport execution(@PathVariable long id, @RequestParam(defaultValue = "0") long wait) {
		return batch.report(id, Duration.ofSeconds(wait));
	}

	@PostMapping("/executions/{id}/restart")
	ResponseEntity<Launched> restart(@PathVariable long id) {
		return accepted(batch.restart(id));
	}

	private static ResponseEntity<Launched> accepted(long id) {
		URI location = URI.create("/api/batch/executions/" + id);
		return ResponseEntity.accepted().location(location).body(new Launched(id, location.toString()));
	}

	/**
	 * A job execution was started.
	 *
	 * @param id the execution id
	 * @param location where to watch it
	 */
	record Launched(long id, String location) {
	}

}
