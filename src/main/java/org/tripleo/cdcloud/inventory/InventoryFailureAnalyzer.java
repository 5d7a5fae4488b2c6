package org.tripleo.cdcloud.inventory;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid inventory at start-up into a readable list instead of a stack trace.
 */
class InventoryFailureAnalyzer extends AbstractFailureAnalyzer<InventoryValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InventoryValidationException cause) {
		StringBuilder description = new StringBuilder("The inventory is invalid; nothing was started.\n");
		cause.violations().forEach((violation) -> description.append("  ").append(violation).append('\n'));
		return new FailureAnalysis(description.toString(),
				"Fix every line listed above. 'java -jar target/cdcloud.jar validate' checks the files"
						+ " without starting the service.",
				cause);
	}

}
