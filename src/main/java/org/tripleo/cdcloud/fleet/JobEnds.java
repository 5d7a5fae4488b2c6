package org.tripleo.cdcloud.fleet;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wakes whoever waits for an execution's end when a job of this process has ended and its
 * end is stored, so waiting costs no polling.
 */
final class JobEnds {

	private final AtomicReference<CompletableFuture<Void>> next = new AtomicReference<>(new CompletableFuture<>());

	/**
	 * The next end; take it before reading the state to wait for, so an end in between is
	 * not missed.
	 */
	CompletableFuture<Void> next() {
		return next.get();
	}

	/** A job ended and its execution is stored. */
	void ended() {
		next.getAndSet(new CompletableFuture<>()).complete(null);
	}

	/**
	 * Waits for the given end at most the given time.
	 * @throws FleetException if interrupted
	 */
	static void await(CompletableFuture<Void> end, long nanos) {
		try {
			end.get(nanos, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			// look again: a job of another process (a node, the CLI) ends unannounced
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("never completed exceptionally", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw FleetException.failed("interrupted while waiting");
		}
	}

}
