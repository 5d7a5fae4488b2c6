package org.tripleo.cdcloud.bmc.redfish;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a Redfish error answer into a {@link RedfishException}, keeping the error code,
 * the most severe {@code @Message.ExtendedInfo} message and its related properties.
 */
final class RedfishErrors {

	private static final List<String> SEVERITY = List.of("Critical", "Warning", "OK");

	private RedfishErrors() {
	}

	/**
	 * Throws when the answer is an error.
	 * @param machine the machine, for the message
	 * @param request e.g. {@code PATCH /redfish/v1/Systems/1}
	 * @param response the answer
	 * @return the response when it is a success (2xx)
	 * @throws RedfishException otherwise
	 */
	static RedfishResponse check(String machine, String request, RedfishResponse response) {
		if (response.status() >= 200 && response.status() < 300) {
			return response;
		}
		throw error(machine, request, response.status(), response.body());
	}

	static RedfishException error(String machine, String request, int status, JsonNode body) {
		JsonNode error = body.path("error");
		JsonNode worst = mostSevere(error.path("@Message.ExtendedInfo"));
		if (worst == null) {
			worst = mostSevere(body.path("@Message.ExtendedInfo"));
		}
		String messageId = (worst != null) ? worst.path("MessageId").asText(null) : error.path("code").asText(null);
		String message = (worst != null) ? worst.path("Message").asText("")
				: error.path("message").asText("(no error message)");
		List<String> related = new ArrayList<>();
		if (worst != null) {
			worst.path("RelatedProperties").forEach((p) -> related.add(p.asText()));
		}
		return new RedfishException(machine, request, status, messageId, message, related, null);
	}

	static JsonNode mostSevere(JsonNode messages) {
		JsonNode worst = null;
		for (JsonNode message : messages) {
			if (worst == null || rank(message) < rank(worst)) {
				worst = message;
			}
		}
		return worst;
	}

	private static int rank(JsonNode message) {
		String severity = message.path("MessageSeverity").asText(message.path("Severity").asText("OK"));
		int index = SEVERITY.indexOf(severity);
		return (index < 0) ? SEVERITY.size() : index;
	}

}
