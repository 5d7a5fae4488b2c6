package org.tripleo.cdcloud.bmc.redfish;

import java.net.http.HttpHeaders;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of a Redfish service.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the JSON body, or an empty object node when there was none
 */
record RedfishResponse(int status, HttpHeaders headers, JsonNode body) {

	Optional<String> header(String name) {
		return headers.firstValue(name);
	}

}
