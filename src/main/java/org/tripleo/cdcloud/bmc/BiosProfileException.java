package org.tripleo.cdcloud.bmc;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A BIOS profile cannot be applied to a machine, or did not take: lists every attribute
 * concerned by name.
 */
public class BiosProfileException extends BmcException {

	private final String profile;

	private final List<String> attributes;

	public BiosProfileException(String machine, String profile, String problem, List<String> attributes) {
		super("BMC-BIOS", machine, "BIOS profile " + profile + " " + problem + ": " + String.join("; ", attributes),
				HttpStatus.UNPROCESSABLE_ENTITY, null);
		this.profile = profile;
		this.attributes = List.copyOf(attributes);
	}

	public String profile() {
		return profile;
	}

	public List<String> attributes() {
		return attributes;
	}

}
