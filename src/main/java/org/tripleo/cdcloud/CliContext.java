package org.tripleo.cdcloud;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of subcommands that need the service's beans (BMC drivers, the
 * undercloud client, batch jobs): booted on first use, without a web server and without
 * taking engine jobs, so a CLI run never steals work from a running service.
 */
public final class CliContext implements AutoCloseable {

	private final CdcloudCommand root;

	private ConfigurableApplicationContext context;

	CliContext(CdcloudCommand root) {
		this.root = root;
	}

	/**
	 * Returns a bean of the service, booting the context on first use.
	 * @param <T> the bean type
	 * @param type the bean type
	 * @return the bean
	 */
	public synchronized <T> T bean(Class<T> type) {
		if (context == null) {
			context = new SpringApplicationBuilder(CdcloudApplication.class).web(WebApplicationType.NONE)
				.profiles("cli")
				.logStartupInfo(false)
				.run("--cdcloud.inventory.dir=" + root.inventoryDir(),
						"--cdcloud.bios-profiles.dir=" + root.biosProfilesDir(),
						"--camunda.bpm.job-execution.enabled=false");
		}
		return context.getBean(type);
	}

	@Override
	public synchronized void close() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

}
