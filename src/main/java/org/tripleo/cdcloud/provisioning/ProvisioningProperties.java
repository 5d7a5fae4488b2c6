package org.tripleo.cdcloud.provisioning;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tripleo.cdcloud.undercloud.DeployImage;

/**
 * Node provisioning settings ({@code cdcloud.provisioning.*}).
 *
 * @param hardware which hardware adapters the steps use: {@code none} (every hardware
 * step fails with PROV-503), {@code real} (each machine's BMC driver of
 * {@code cdcloud.bmc}, Ironic of {@code cdcloud.undercloud}, SSH of {@code cdcloud.ssh})
 * or {@code fake} (simulated nodes, for the demo and tests)
 * @param pollInterval how long a wait loop (power off, deploy, SSH) sleeps between checks
 * @param maxPolls how many checks a wait loop makes before the step fails with a timeout
 * @param retryCycle the engine's retry cycle for a failing step (ISO 8601 repeat, e.g.
 * {@code R3/PT10S}); an incident is raised when it is used up
 * @param pxePersistent whether PXE is set for every boot, or for the next boot only
 * @param concurrency how many nodes of one fleet run are provisioned at once
 * @param maxFailures failure policy: stop starting new nodes of a run after this many
 * failed; 0 continues whatever fails
 * @param defaultImage the image deployed when a run names none
 * @param reprovisionCron when to start a run for the nodes marked for reprovisioning
 * (Spring cron); {@code -} never
 * @param fake the simulated hardware
 * @param images for {@code hardware: real}: a run's image name to what Ironic deploys
 * (source URL or Glance id, checksum, root device hint)
 */
@ConfigurationProperties("cdcloud.provisioning")
public record ProvisioningProperties(@DefaultValue("none") String hardware, @DefaultValue("PT2S") Duration pollInterval,
		@DefaultValue("900") int maxPolls, @DefaultValue("R3/PT10S") String retryCycle,
		@DefaultValue("true") boolean pxePersistent, @DefaultValue("18") int concurrency,
		@DefaultValue("0") int maxFailures, @DefaultValue("overcloud-full") String defaultImage,
		@DefaultValue("-") String reprovisionCron, @DefaultValue Fake fake, Map<String, DeployImage> images) {

	public ProvisioningProperties {
		images = (images != null) ? Map.copyOf(images) : Map.of();
	}

	/**
	 * The simulated hardware ({@code hardware: fake}).
	 *
	 * @param latency how long a power transition or a deployment takes to complete
	 * @param callTime how long every call blocks, as a BMC round trip would
	 * @param hangTimeout how long a call to a hanging node blocks before it fails, as a
	 * client timeout would
	 * @param faults node name to faults: {@code fail-once:<operation>} (e.g.
	 * {@code fail-once:power.off}), {@code hang} (the BMC stops answering),
	 * {@code drift:<fact>} (verification reports it, e.g. {@code drift:memory}),
	 * {@code bios-stuck:<attribute>} (never reads back as written), {@code foreign-raid}
	 * (a different volume exists), {@code deploy-fails}
	 */
	public record Fake(@DefaultValue("0s") Duration latency, @DefaultValue("0s") Duration callTime,
			@DefaultValue("2s") Duration hangTimeout, @DefaultValue Map<String, List<String>> faults) {

		public Fake {
			faults = (faults != null) ? Map.copyOf(faults) : Map.of();
		}

	}

}
