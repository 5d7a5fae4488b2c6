package org.tripleo.cdcloud.bmc.redfish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the fixture's initial resources from {@code redfish/sl230s-gen8.json} (path to
 * resource, shaped after the DMTF schema and an iLO 4 BIOS).
 */
final class FixtureData {

	private FixtureData() {
	}

	static void load(FixtureResources resources) {
		try (InputStream in = FixtureData.class.getResourceAsStream("/redfish/sl230s-gen8.json")) {
			JsonNode all = RedfishFixture.JSON.readTree(in);
			all.fields().forEachRemaining((e) -> resources.put(e.getKey(), (ObjectNode) e.getValue()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
