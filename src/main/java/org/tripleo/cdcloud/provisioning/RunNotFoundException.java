package org.tripleo.cdcloud.provisioning;

import org.springframework.http.HttpStatus;

/**
 * No provisioning run has the given id.
 */
public class RunNotFoundException extends ProvisioningException {

	public RunNotFoundException(String runId) {
		super("PROV-404", "no provisioning run '" + runId + "'", HttpStatus.NOT_FOUND);
	}

}
