package org.tripleo.cdcloud.bmc.redfish;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Redfish task monitor (202 Accepted + Location): polled until the task ends.
 *
 * <p>
 * The CLI and REST callers wait here; a BPMN step must not (job lock time): it stores
 * {@link #path()} and polls from a timer loop instead.
 */
final class TaskMonitor {

	private final RedfishConnector connector;

	private final String machine;

	private final String path;

	private TaskMonitor(RedfishConnector connector, String machine, String path) {
		this.connector = connector;
		this.machine = machine;
		this.path = path;
	}

	/**
	 * The monitor of an accepted request.
	 * @param connector the connector
	 * @param machine the machine, for errors
	 * @param request the request, for errors
	 * @param accepted the 202 answer
	 * @return the monitor
	 * @throws RedfishException when the answer has no Location header
	 */
	static TaskMonitor from(RedfishConnector connector, String machine, String request, RedfishResponse accepted) {
		String location = accepted.header("Location")
			.orElseThrow(() -> new RedfishException(machine, request, accepted.status(), null,
					"202 Accepted without a Location header (task monitor)", List.of(), null));
		return new TaskMonitor(connector, machine, java.net.URI.create(location).getPath());
	}

	String path() {
		return path;
	}

	/**
	 * Polls until the task ends, sleeping as Retry-After says (1 s by default).
	 * @param timeout how long to wait at most
	 * @return the final answer's body (the created resource, or the task)
	 * @throws RedfishException when the task failed or did not end in time
	 */
	JsonNode await(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			RedfishResponse response = connector.send("GET", path, null, null);
			if (response.status() != 202) {
				RedfishErrors.check(machine, "GET " + path + " (task)", response);
				return failIfTaskFailed(response.body());
			}
			if (System.nanoTime() > deadline) {
				throw new RedfishException(machine, "GET " + path, 202, null, "task still running after " + timeout,
						List.of(), null);
			}
			sleep(response.header("Retry-After").map(Long::parseLong).orElse(1L));
		}
	}

	private JsonNode failIfTaskFailed(JsonNode body) {
		String state = body.path("TaskState").asText("");
		if (List.of("Exception", "Killed", "Cancelled").contains(state)) {
			JsonNode worst = RedfishErrors.mostSevere(body.path("Messages"));
			List<String> related = new java.util.ArrayList<>();
			String message = "task " + state;
			if (worst != null) {
				message += ": " + worst.path("Message").asText();
				worst.path("RelatedProperties").forEach((p) -> related.add(p.asText()));
			}
			throw new RedfishException(machine, "task " + path, 200,
					(worst != null) ? worst.path("MessageId").asText(null) : null, message, related, null);
		}
		return body;
	}

	private static void sleep(long seconds) {
		try {
			Thread.sleep(Math.min(seconds, 10) * 1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
