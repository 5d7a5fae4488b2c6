package org.tripleo.cdcloud.bmc.redfish;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Redfish resource: its path and its last-read JSON, re-read on {@link #refresh()}.
 */
abstract class RedfishResource {

	protected final RedfishConnector connector;

	protected final String path;

	private JsonNode json;

	private String etag;

	protected RedfishResource(RedfishConnector connector, String path) {
		this.connector = connector;
		this.path = path;
		refresh();
	}

	/** Reads the resource again. */
	final void refresh() {
		RedfishResponse response = connector.get(path);
		this.json = response.body();
		this.etag = response.header("ETag").orElse(json.path("@odata.etag").asText(null));
		invalidate();
	}

	/** Drops cached sub-resources; called after each refresh. */
	protected void invalidate() {
	}

	protected JsonNode json() {
		return json;
	}

	/**
	 * The ETag to send as If-Match, so a concurrent change is refused (412) rather than
	 * overwritten.
	 * @return the ETag, or null when the service gives none
	 */
	protected String etag() {
		return etag;
	}

	/**
	 * A field that must be there.
	 * @param pointer a JSON pointer, e.g. {@code /Boot/BootSourceOverrideTarget}
	 * @return the field
	 * @throws RedfishException naming the field and the URI
	 */
	protected JsonNode required(String pointer) {
		JsonNode node = json.at(pointer);
		if (node.isMissingNode() || node.isNull()) {
			throw new MissingAttributeException(path, pointer);
		}
		return node;
	}

	/**
	 * The {@code @odata.id} under a field.
	 * @param pointer e.g. {@code /Bios}
	 * @return the path
	 */
	protected String link(String pointer) {
		return required(pointer + "/@odata.id").asText();
	}

	/** A field the resource lacks. */
	static final class MissingAttributeException extends IllegalStateException {

		MissingAttributeException(String uri, String pointer) {
			super("Redfish resource " + uri + " has no " + pointer.substring(1));
		}

	}

}
