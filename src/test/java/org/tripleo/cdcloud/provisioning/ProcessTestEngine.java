package org.tripleo.cdcloud.provisioning;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * An in-memory engine for process tests (mock expression manager, no job executor), built
 * in code so no shared {@code camunda.cfg.xml} is needed; and a job driver.
 */
public final class ProcessTestEngine {

	private ProcessTestEngine() {
	}

	public static ProcessEngineExtension extension() {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		String name = "process-test-" + UUID.randomUUID();
		// a name of its own: several test classes each build an engine in one JVM
		configuration.setProcessEngineName(name);
		configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		configuration.setExpressionManager(new MockExpressionManager());
		configuration.setJobExecutorActivate(false);
		configuration.setHistory("full");
		configuration.setDatabaseSchemaUpdate("create-drop");
		ProcessEngine engine = configuration.buildProcessEngine();
		return ProcessEngineExtension.builder().useProcessEngine(engine).build();
	}

	/**
	 * Executes due and timer jobs, oldest first, until none is left with retries; a job
	 * that fails is left to its retries.
	 * @return how many jobs ran
	 */
	static int drive(ManagementService management) {
		int executed = 0;
		for (int guard = 0; guard < 1000; guard++) {
			List<Job> jobs = management.createJobQuery().withRetriesLeft().orderByJobId().asc().list();
			if (jobs.isEmpty()) {
				return executed;
			}
			try {
				management.executeJob(jobs.get(0).getId());
			}
			catch (RuntimeException ex) {
				// the engine decremented the job's retries and recorded the exception
			}
			executed++;
		}
		throw new AssertionError("jobs still running after 1000 executions: a loop that never ends?");
	}

}
