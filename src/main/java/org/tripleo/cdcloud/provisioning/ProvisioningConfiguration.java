package org.tripleo.cdcloud.provisioning;

import java.lang.reflect.Proxy;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.tripleo.cdcloud.bmc.BmcDriverFactory;
import org.tripleo.cdcloud.bmc.BmcProperties;
import org.tripleo.cdcloud.ssh.SshExecutor;
import org.tripleo.cdcloud.undercloud.BareMetal;

/**
 * Wires node provisioning: the hardware seams ({@code cdcloud.provisioning.hardware}:
 * {@code none}, {@code real} or {@code fake}) and the scheduled reprovisioning.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvisioningProperties.class)
@EnableScheduling
class ProvisioningConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ProvisioningConfiguration.class);

	/** The {@code cdcloud.provisioning.hardware} value of the real adapters. */
	static final String REAL = "real";

	@Bean
	@ConditionalOnProperty(name = "cdcloud.provisioning.hardware", havingValue = "fake")
	FakeHardware fakeHardware(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			ProvisioningProperties properties) {
		log.warn("PROV-002 provisioning runs on FAKE hardware: nothing real is touched");
		return new FakeHardware(new FakeRig(jdbc, transactions), properties.fake());
	}

	@Bean
	NodeHardware nodeHardware(ProvisioningProperties properties, ObjectProvider<FakeHardware> fake,
			BmcDriverFactory drivers, BareMetal bareMetal, SshExecutor ssh, BmcProperties bmcProperties,
			@Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long jobLockMillis) {
		FakeHardware simulated = fake.getIfAvailable();
		if (simulated != null) {
			return new NodeHardware(simulated, simulated, simulated, simulated, simulated, simulated);
		}
		if (REAL.equals(properties.hardware())) {
			requireTaskWaitWithinJobLock(bmcProperties.redfish().taskTimeout(), Duration.ofMillis(jobLockMillis));
			log.info("PROV-005 provisioning runs on the machines' BMC drivers, Ironic and SSH");
			BmcAccess bmc = new BmcAccess(drivers);
			return new NodeHardware(new BmcPower(bmc), new BmcBios(bmc), new BmcRaid(bmc), new BmcBoot(bmc),
					new IronicDeploy(bareMetal, properties.images()), new SshVerifier(ssh));
		}
		return unconfigured(properties.hardware());
	}

	/**
	 * The RAID step waits for the BMC's task inside its engine job; a job that outlives
	 * its lock is run again by another thread (camunda-bpm-platform#2666), so refuse that
	 * set-up at start.
	 */
	static void requireTaskWaitWithinJobLock(Duration taskTimeout, Duration jobLock) {
		if (taskTimeout.compareTo(jobLock) >= 0) {
			throw new IllegalStateException("PROV-006 cdcloud.bmc.redfish.task-timeout (" + taskTimeout
					+ ") must be shorter than camunda.bpm.job-execution.lock-time-in-millis (" + jobLock.toMillis()
					+ " ms) with cdcloud.provisioning.hardware: real, or a slow BMC task is started twice");
		}
	}

	@Bean
	ReprovisionSchedule reprovisionSchedule(ProvisioningService service) {
		return new ReprovisionSchedule(service);
	}

	/**
	 * Every call fails (an incident per node) until {@code hardware: real} or
	 * {@code fake}.
	 */
	private static NodeHardware unconfigured(String hardware) {
		Class<?>[] seams = { NodePower.class, NodeBios.class, NodeRaid.class, NodeBoot.class, NodeDeploy.class,
				NodeVerifier.class };
		Object none = Proxy.newProxyInstance(NodeHardware.class.getClassLoader(), seams, (proxy, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				return method.invoke(hardware, args);
			}
			throw new NodeHardwareException(String.valueOf(args[0]),
					"no hardware adapter for cdcloud.provisioning.hardware=" + hardware + " (PROV-503)");
		});
		return new NodeHardware((NodePower) none, (NodeBios) none, (NodeRaid) none, (NodeBoot) none, (NodeDeploy) none,
				(NodeVerifier) none);
	}

	/**
	 * Starts a run for the marked nodes on {@code cdcloud.provisioning.reprovision-cron}.
	 */
	static class ReprovisionSchedule {

		private final ProvisioningService service;

		ReprovisionSchedule(ProvisioningService service) {
			this.service = service;
		}

		@Scheduled(cron = "${cdcloud.provisioning.reprovision-cron:-}")
		void reprovision() {
			try {
				service.reprovisionMarked()
					.ifPresent((run) -> log.info("PROV-003 scheduled reprovisioning: run {}", run.runId()));
			}
			catch (ProvisioningException ex) {
				log.warn("PROV-004 scheduled reprovisioning not started: {}", ex.getMessage());
			}
		}

	}

}
