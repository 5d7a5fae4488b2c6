package org.tripleo.cdcloud.inventory;

import java.util.regex.Pattern;

/**
 * Dotted-quad IPv4 addresses as written in inventory files.
 */
final class Ipv4 {

	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

	// NOTE: leading zeros are refused because tools disagree on whether "010" is octal.
	private static final Pattern ADDRESS = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

	private Ipv4() {
	}

	static boolean isValid(String text) {
		return text != null && ADDRESS.matcher(text).matches();
	}

	static long toLong(String valid) {
		long value = 0;
		for (String octet : valid.split("\\.")) {
			value = (value << 8) | Integer.parseInt(octet);
		}
		return value;
	}

}
