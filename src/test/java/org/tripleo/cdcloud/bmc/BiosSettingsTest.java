package org.tripleo.cdcloud.bmc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BiosSettingsTest {

	static final AttributeRegistry REGISTRY = new AttributeRegistry(Map.of("NicBoot1",
			new AttributeRegistry.Attribute("NicBoot1", AttributeRegistry.Type.ENUMERATION, false,
					List.of("NetworkBoot", "Disabled"), null, null, null),
			"Retries",
			new AttributeRegistry.Attribute("Retries", AttributeRegistry.Type.INTEGER, false, List.of(), 0L, 20L, null),
			"Tag",
			new AttributeRegistry.Attribute("Tag", AttributeRegistry.Type.STRING, true, List.of(), null, null, 8),
			"Order",
			new AttributeRegistry.Attribute("Order", AttributeRegistry.Type.STRING, false, List.of(), null, null, 5),
			"Vt",
			new AttributeRegistry.Attribute("Vt", AttributeRegistry.Type.BOOLEAN, false, List.of(), null, null, null)));

	@Test
	void shouldConvertValuesToTheRegistryTypes() {
		Map<String, Object> converted = BiosSettings.validateAndConvert("m", "p", REGISTRY,
				Map.of("NicBoot1", "Disabled", "Retries", "5", "Vt", "true", "Order", "Hdd"));
		assertThat(converted).containsEntry("Retries", 5L)
			.containsEntry("Vt", true)
			.containsEntry("NicBoot1", "Disabled")
			.containsEntry("Order", "Hdd");
	}

	@Test
	void shouldListEveryProblemAtOnce() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("Nope", "x");
		settings.put("NicBoot1", "Pxe");
		settings.put("Retries", "21");
		settings.put("Tag", "a");
		settings.put("Order", "toolong");
		settings.put("Vt", "yes");
		assertThatThrownBy(() -> BiosSettings.validateAndConvert("oc-171", "p", REGISTRY, settings))
			.isInstanceOfSatisfying(BiosProfileException.class, (ex) -> {
				assertThat(ex.machine()).isEqualTo("oc-171");
				assertThat(ex.attributes()).containsExactly("Nope=x: unknown attribute",
						"NicBoot1=Pxe: not one of [NetworkBoot, Disabled]", "Retries=21: outside 0..20",
						"Tag=a: read-only", "Order=toolong: longer than 5", "Vt=yes: not true or false");
			});
	}

	@Test
	void shouldDiffOnlyWhatDiffers() {
		List<BiosSettings.Change> changes = BiosSettings.diff(Map.of("A", "1", "B", "2"),
				Map.of("A", "1", "B", "3", "C", "4"));
		assertThat(changes).containsExactlyInAnyOrder(new BiosSettings.Change("B", "2", "3"),
				new BiosSettings.Change("C", null, "4"));
		assertThat(BiosSettings.diff(Map.of("A", "1"), Map.of("A", "1"))).isEmpty();
	}

}
