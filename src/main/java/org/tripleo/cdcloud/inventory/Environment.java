package org.tripleo.cdcloud.inventory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A part of the cloud people are granted access to, per channel, by a role expression.
 *
 * @param id the key under {@code environments}
 * @param description what the environment is, for humans
 * @param machineRoles the roles of the machines that make up the environment
 * @param access per channel, who may use it; a channel that is absent is closed to all
 */
public record Environment(String id, String description, List<MachineRole> machineRoles,
		Map<Channel, RoleExpression> access) {

	public Environment {
		machineRoles = List.copyOf(machineRoles);
		access = access.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(access));
	}

	/**
	 * Returns who may use a channel.
	 * @param channel the channel
	 * @return the expression, or empty when the channel is closed
	 */
	public Optional<RoleExpression> access(Channel channel) {
		return Optional.ofNullable(this.access.get(channel));
	}

}
