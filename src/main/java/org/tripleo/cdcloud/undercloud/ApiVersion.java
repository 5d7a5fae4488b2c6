package org.tripleo.cdcloud.undercloud;

/**
 * An OpenStack API microversion, {@code major.minor}.
 *
 * @param major the major version
 * @param minor the minor version
 */
record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

	static ApiVersion parse(String text) {
		String[] parts = text.split("\\.");
		if (parts.length != 2) {
			throw new IllegalArgumentException("not a microversion: " + text);
		}
		return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	@Override
	public int compareTo(ApiVersion other) {
		return (major != other.major) ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
	}

	@Override
	public String toString() {
		return major + "." + minor;
	}

}
