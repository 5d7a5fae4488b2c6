package org.tripleo.cdcloud.team;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in its own transaction and runs it again when it lost a race: the
 * engine's optimistic locking or an execution tree changed under it, a lock wait timeout
 * or a deadlock. Work that loses many times in a row fails.
 */
class Retrying {

	private static final Logger log = LoggerFactory.getLogger(Retrying.class);

	private final TransactionTemplate transaction;

	private final int attempts;

	Retrying(PlatformTransactionManager transactions, int attempts) {
		this.transaction = new TransactionTemplate(transactions);
		this.attempts = attempts;
	}

	<T> T run(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute((status) -> work.get());
			}
			catch (RuntimeException ex) {
				if (attempt >= attempts || !isRace(ex)) {
					throw ex;
				}
				log.debug("MEMB-020 attempt {} lost a race, retrying: {}", attempt, ex.toString());
				sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
			}
		}
	}

	private static boolean isRace(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
				return true;
			}
			// a concurrent job that ended a parallel branch compacted the execution tree
			// while this command read it; the engine says so with this code, not with
			// optimistic locking
			if (cause instanceof ProcessEngineException
					&& String.valueOf(cause.getMessage()).startsWith("ENGINE-03077")) {
				return true;
			}
			// 40001 serialization failure / deadlock; H2's 50200 lock timeout
			if (cause instanceof SQLException sql
					&& ("40001".equals(sql.getSQLState()) || "HYT00".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while retrying", ex);
		}
	}

}
