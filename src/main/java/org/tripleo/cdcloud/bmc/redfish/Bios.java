package org.tripleo.cdcloud.bmc.redfish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tripleo.cdcloud.bmc.AttributeRegistry;

/**
 * A Redfish Bios resource with its {@code @Redfish.Settings} object (the values staged
 * for the next reset) and its attribute registry.
 */
final class Bios extends RedfishResource {

	private static final ObjectMapper JSON = new ObjectMapper();

	Bios(RedfishConnector connector, String path) {
		super(connector, path);
	}

	Map<String, String> attributes() {
		return texts(required("/Attributes"));
	}

	/** The settings object's path: where writes go. */
	String settingsPath() {
		return json().at("/@Redfish.Settings/SettingsObject/@odata.id").asText(path + "/Settings");
	}

	List<String> supportedApplyTimes() {
		List<String> times = new ArrayList<>();
		json().at("/@Redfish.Settings/SupportedApplyTimes").forEach((t) -> times.add(t.asText()));
		return times;
	}

	Map<String, String> pendingAttributes() {
		return texts(connector.get(settingsPath()).body().path("Attributes"));
	}

	/**
	 * PATCHes the settings object with If-Match, asking for OnReset when the BMC offers a
	 * choice.
	 */
	void stage(Map<String, Object> values) {
		RedfishResponse settings = connector.get(settingsPath());
		String etag = settings.header("ETag").orElse(settings.body().path("@odata.etag").asText(null));
		ObjectNode body = JSON.createObjectNode();
		body.set("Attributes", JSON.valueToTree(values));
		if (supportedApplyTimes().contains("OnReset")) {
			body.putObject("@Redfish.SettingsApplyTime").put("ApplyTime", "OnReset");
		}
		connector.patch(settingsPath(), body, etag);
	}

	/**
	 * Reads the registry named by {@code AttributeRegistry} through the Registries
	 * service.
	 */
	AttributeRegistry registry() {
		String name = required("/AttributeRegistry").asText();
		JsonNode registries = connector.get("/redfish/v1/Registries").body().path("Members");
		for (JsonNode member : registries) {
			JsonNode file = connector.get(member.path("@odata.id").asText()).body();
			if (name.equals(file.path("Id").asText()) || name.equals(file.path("Registry").asText())) {
				String uri = file.at("/Location/0/Uri").asText();
				return parse(connector.get(uri).body().at("/RegistryEntries/Attributes"));
			}
		}
		throw new MissingAttributeException("/redfish/v1/Registries", "/Members (registry " + name + ")");
	}

	static AttributeRegistry parse(JsonNode attributes) {
		Map<String, AttributeRegistry.Attribute> map = new LinkedHashMap<>();
		for (JsonNode a : attributes) {
			List<String> values = new ArrayList<>();
			a.path("Value").forEach((v) -> values.add(v.path("ValueName").asText()));
			AttributeRegistry.Type type = AttributeRegistry.Type
				.valueOf(a.path("Type").asText("String").toUpperCase(Locale.ROOT));
			map.put(a.path("AttributeName").asText(),
					new AttributeRegistry.Attribute(a.path("AttributeName").asText(), type,
							a.path("ReadOnly").asBoolean(false), values, number(a, "LowerBound"),
							number(a, "UpperBound"), a.has("MaxLength") ? a.path("MaxLength").asInt() : null));
		}
		return new AttributeRegistry(map);
	}

	private static Long number(JsonNode node, String field) {
		return node.has(field) ? node.path(field).asLong() : null;
	}

	private static Map<String, String> texts(JsonNode attributes) {
		Map<String, String> map = new LinkedHashMap<>();
		attributes.fields().forEachRemaining((e) -> map.put(e.getKey(), e.getValue().asText()));
		return map;
	}

}
