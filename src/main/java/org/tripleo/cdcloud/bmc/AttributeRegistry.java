package org.tripleo.cdcloud.bmc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A BIOS attribute registry: what each attribute may hold.
 *
 * @param attributes attribute definitions by name
 */
public record AttributeRegistry(Map<String, Attribute> attributes) {

	public AttributeRegistry {
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

	/**
	 * Finds an attribute.
	 * @param name the attribute name
	 * @return its definition, or empty when the BIOS has no such attribute
	 */
	public Optional<Attribute> attribute(String name) {
		return Optional.ofNullable(attributes.get(name));
	}

	/** An attribute's type, as Redfish's AttributeRegistry names it. */
	public enum Type {

		/** One of {@code allowedValues}. */
		ENUMERATION,
		/** Text, up to {@code maxLength}. */
		STRING,
		/** A whole number within bounds. */
		INTEGER,
		/** true or false. */
		BOOLEAN

	}

	/**
	 * One attribute's definition.
	 *
	 * @param name the attribute name
	 * @param type the value type
	 * @param readOnly whether it can be written at all
	 * @param allowedValues for enumerations, the allowed values
	 * @param lowerBound for integers, the least value, or null
	 * @param upperBound for integers, the greatest value, or null
	 * @param maxLength for strings, the longest length, or null
	 */
	public record Attribute(String name, Type type, boolean readOnly, List<String> allowedValues, Long lowerBound,
			Long upperBound, Integer maxLength) {

		public Attribute {
			allowedValues = List.copyOf(allowedValues);
		}

	}

}
