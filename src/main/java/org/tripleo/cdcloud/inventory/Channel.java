package org.tripleo.cdcloud.inventory;

import java.util.Arrays;
import java.util.Optional;

/**
 * A way of reaching an environment, each guarded by its own role expression.
 */
public enum Channel {

	/**
	 * The environment's HTTP APIs (OpenStack endpoints, BMC operations through cdcloud).
	 */
	API("api"),
	/** Shell access over SSH. */
	SSH("ssh");

	private final String id;

	Channel(String id) {
		this.id = id;
	}

	/**
	 * Returns the id used in YAML files.
	 * @return {@code api} or {@code ssh}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Looks a channel up by its YAML id.
	 * @param id the id, case-sensitive
	 * @return the channel, or empty when the id is unknown
	 */
	public static Optional<Channel> fromId(String id) {
		return Arrays.stream(values()).filter((channel) -> channel.id.equals(id)).findFirst();
	}

}
