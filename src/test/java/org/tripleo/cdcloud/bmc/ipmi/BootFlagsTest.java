package org.tripleo.cdcloud.bmc.ipmi;

import org.junit.jupiter.api.Test;
import org.tripleo.cdcloud.bmc.BootDevice;
import org.tripleo.cdcloud.bmc.BootSetting;

import static org.assertj.core.api.Assertions.assertThat;

class BootFlagsTest {

	@Test
	void shouldEncodePersistentPxeAsIpmitoolDoes() {
		assertThat(BootFlags.encode(new BootSetting(BootDevice.PXE, true))).containsExactly(5, 0xC0, 0x04, 0, 0, 0);
		assertThat(BootFlags.encode(new BootSetting(BootDevice.BIOS_SETUP, false))).containsExactly(5, 0x80, 0x18, 0, 0,
				0);
	}

	@Test
	void shouldDecodeAGetSystemBootOptionsAnswer() {
		// as ipmi_sim answered after "ipmitool chassis bootdev disk options=persistent"
		byte[] answer = { 1, 5, (byte) 0xC0, 0x08, 0, 0, 0 };
		assertThat(BootFlags.decode(answer)).isEqualTo(new BootSetting(BootDevice.DISK, true));
		assertThat(BootFlags.decode(new byte[] { 1, 5, 0, 0x14, 0, 0, 0 }).device()).isEqualTo(BootDevice.NONE);
	}

}
