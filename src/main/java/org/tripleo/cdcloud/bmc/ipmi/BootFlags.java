package org.tripleo.cdcloud.bmc.ipmi;

import java.util.Map;

import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;

/**
 * Boot flags, parameter 5 of the System Boot Options (IPMI 2.0 spec, table 28-14): pure
 * encoding and decoding.
 */
final class BootFlags {

	/** Parameter selector of the boot flags. */
	static final byte PARAMETER = 5;

	private static final int VALID = 0x80;

	private static final int PERSISTENT = 0x40;

	/** Boot device selector, bits 5:2 of data byte 2. */
	private static final Map<BootDevice, Integer> SELECTOR = Map.of(BootDevice.NONE, 0x00, BootDevice.PXE, 0x04,
			BootDevice.DISK, 0x08, BootDevice.BIOS_SETUP, 0x18);

	private BootFlags() {
	}

	/**
	 * The request data of Set System Boot Options for a boot device.
	 * @param setting the device and whether it is persistent
	 * @return parameter selector followed by the five data bytes
	 */
	static byte[] encode(BootSetting setting) {
		int flags = VALID | (setting.persistent() ? PERSISTENT : 0);
		return new byte[] { PARAMETER, (byte) flags, SELECTOR.get(setting.device()).byteValue(), 0, 0, 0 };
	}

	/**
	 * Reads the boot device from a Get System Boot Options answer.
	 * @param data the answer after the completion code: version, parameter, five data
	 * bytes
	 * @return the setting; an unknown selector (e.g. CD) reads as {@link BootDevice#NONE}
	 */
	static BootSetting decode(byte[] data) {
		if (data.length < 4 || (data[1] & 0x7f) != PARAMETER) {
			throw new IllegalArgumentException("not a boot flags answer");
		}
		int selector = data[3] & 0x3c;
		BootDevice device = SELECTOR.entrySet()
			.stream()
			.filter((e) -> e.getValue() == selector)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(BootDevice.NONE);
		return new BootSetting(device, (data[2] & PERSISTENT) != 0);
	}

}
