package org.tripleo.cdcloud.inventory;

/**
 * The inclusive IPv4 range handed to overcloud nodes; every overcloud machine's ip lies
 * inside it and every other machine's ip outside.
 *
 * @param first the first address, e.g. {@code 10.10.16.171}
 * @param last the last address, not below {@code first}
 */
public record DeployRange(String first, String last) {

	/**
	 * Tells whether an address lies inside the range.
	 * @param ipv4 a dotted-quad address
	 * @return true when inside; false when outside or when any address is not IPv4
	 */
	public boolean contains(String ipv4) {
		if (!Ipv4.isValid(ipv4) || !Ipv4.isValid(this.first) || !Ipv4.isValid(this.last)) {
			return false;
		}
		long address = Ipv4.toLong(ipv4);
		return Ipv4.toLong(this.first) <= address && address <= Ipv4.toLong(this.last);
	}

	/**
	 * Returns the number of addresses in the range.
	 * @return the count, 0 when the bounds are invalid or reversed
	 */
	public int size() {
		if (!Ipv4.isValid(this.first) || !Ipv4.isValid(this.last)) {
			return 0;
		}
		return (int) Math.max(0, Ipv4.toLong(this.last) - Ipv4.toLong(this.first) + 1);
	}

}
