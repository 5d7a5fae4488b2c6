package org.tripleo.cdcloud.fleet;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParametersValidator;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.ssh.SshExecutor;
import org.tripleo.cdcloud.ssh.SshProperties;
import org.tripleo.cdcloud.team.AccessService;
import org.tripleo.cdcloud.team.TeamService;

/**
 * The fleet's three partitioned jobs (fleetUpdate, hardwareAudit, authorizedKeysSync),
 * each: a manager step with one partition per host and a worker step running a
 * step-scoped host tasklet; and the delegate of {@code fleet-job.bpmn}. Active only with
 * {@code cdcloud.fleet.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cdcloud.fleet", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(FleetProperties.class)
class FleetJobsConfiguration {

	@Bean
	FleetJobs fleetJobs(Inventory inventory, SshExecutor ssh, FleetProperties properties, MeterRegistry meters,
			ObjectMapper json) {
		Path recipes = (properties.recipesDir() != null) ? properties.recipesDir()
				: inventory.inventoryDir().resolve("recipes");
		return new FleetJobs(inventory, ssh, new Recipes(recipes), properties, meters,
				json.copy().findAndRegisterModules());
	}

	@Bean
	AuthorizedKeys authorizedKeys(Inventory inventory, TeamService team, AccessService access, SshProperties ssh) {
		return new AuthorizedKeys(inventory, team, access, Path.of(ssh.keyFile() + ".pub"));
	}

	@Bean
	@StepScope
	HostPartitioner hostPartitioner(Inventory inventory, @Value("#{jobParameters}") Map<String, Object> parameters) {
		Map<String, String> strings = new java.util.LinkedHashMap<>();
		parameters.forEach((key, value) -> strings.put(key, String.valueOf(value)));
		return new HostPartitioner(inventory, strings);
	}

	@Bean
	@StepScope
	RecipeTasklet recipeTasklet(FleetJobs fleet) {
		return new RecipeTasklet(fleet);
	}

	@Bean
	@StepScope
	AuditTasklet auditTasklet(FleetJobs fleet) {
		return new AuditTasklet(fleet);
	}

	@Bean
	@StepScope
	KeysTasklet keysTasklet(FleetJobs fleet, AuthorizedKeys authorizedKeys) {
		return new KeysTasklet(fleet, authorizedKeys);
	}

	@Bean
	Job fleetUpdate(HostJobs jobs, RecipeTasklet recipeTasklet, FleetJobs fleet) {
		return jobs.build("fleetUpdate", recipeTasklet, (parameters) -> {
			Map<String, String> strings = FleetJobs.strings(parameters);
			HostSelection.resolve(fleet.inventory, strings);
			fleet.recipes.get(strings.get(FleetJobs.RECIPE)).validate(RecipeTasklet.recipeValues(strings));
		});
	}

	@Bean
	Job hardwareAudit(HostJobs jobs, AuditTasklet auditTasklet, FleetJobs fleet) {
		return jobs.build("hardwareAudit", auditTasklet,
				(parameters) -> HostSelection.resolve(fleet.inventory, FleetJobs.strings(parameters)));
	}

	@Bean
	Job authorizedKeysSync(HostJobs jobs, KeysTasklet keysTasklet, FleetJobs fleet) {
		return jobs.build("authorizedKeysSync", keysTasklet,
				(parameters) -> HostSelection.resolve(fleet.inventory, FleetJobs.strings(parameters)));
	}

	@Bean
	FleetJobMessages fleetJobMessages(RuntimeService runtime) {
		return new FleetJobMessages(runtime);
	}

	@Bean
	HostJobs hostJobs(JobRepository repository, HostPartitioner hostPartitioner, FleetJobs fleet,
			FleetJobMessages messages) {
		return new HostJobs(repository, hostPartitioner, new FleetJobListener(fleet, nodeName(), repository, messages),
				fleet);
	}

	@Bean
	BatchService batchService(List<Job> jobs, JobRepository repository, JobExplorer explorer,
			PlatformTransactionManager transactionManager, FleetJobs fleet, FleetJobMessages messages) {
		return new BatchService(jobs, repository, explorer, transactionManager, fleet, messages);
	}

	@Bean
	FleetJobDelegate fleetJobDelegate(BatchService batch, ObjectMapper json) {
		return new FleetJobDelegate(batch, json);
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> staleExecutionRecovery(JobExplorer explorer, JobRepository repository) {
		StaleExecutions stale = new StaleExecutions(explorer, repository, nodeName());
		return (event) -> stale.recover(List.of("fleetUpdate", "hardwareAudit", "authorizedKeysSync"));
	}

	@Bean
	SshMachineAccess sshMachineAccess(BatchService batch, AuthorizedKeys authorizedKeys) {
		return new SshMachineAccess(batch, authorizedKeys);
	}

	static String nodeName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	/** Builds the manager + worker steps of a host job. */
	record HostJobs(JobRepository repository, HostPartitioner partitioner, FleetJobListener listener, FleetJobs fleet) {

		Job build(String name, HostTasklet tasklet, JobParametersValidator validator) {
			// The worker holds no database connection while SSH runs: its chunk
			// transaction is resourceless; the repository commits each checkpoint itself.
			Step worker = new StepBuilder(name + "Host", repository)
				.tasklet(tasklet, new ResourcelessTransactionManager())
				.listener(tasklet)
				.build();
			Step manager = new StepBuilder(name + "Hosts", repository).partitioner(worker.getName(), partitioner)
				.partitionHandler(new HostPartitionHandler(worker, fleet.properties.maxParallel()))
				.build();
			return new JobBuilder(name, repository).start(manager).listener(listener).validator(validator).build();
		}

	}

}
