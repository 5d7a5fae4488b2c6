package org.tripleo.cdcloud.provisioning;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisioningConfigurationTest {

	@Test
	void aBmcTaskWaitShorterThanTheJobLockIsAccepted() {
		assertThatCode(() -> ProvisioningConfiguration.requireTaskWaitWithinJobLock(Duration.ofSeconds(50),
				Duration.ofSeconds(60)))
			.doesNotThrowAnyException();
	}

	@Test
	void aBmcTaskWaitAsLongAsTheJobLockIsRefusedNamingBothSettings() {
		assertThatThrownBy(() -> ProvisioningConfiguration.requireTaskWaitWithinJobLock(Duration.ofMinutes(10),
				Duration.ofSeconds(60)))
			.hasMessageContaining("PROV-006")
			.hasMessageContaining("cdcloud.bmc.redfish.task-timeout (PT10M)")
			.hasMessageContaining("camunda.bpm.job-execution.lock-time-in-millis (60000 ms)");
	}

}
