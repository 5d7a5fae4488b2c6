package org.tripleo.cdcloud.provisioning;

import org.springframework.http.HttpStatus;

/**
 * A node is claimed by another run: one operation per node at a time.
 */
public class NodeBusyException extends ProvisioningException {

	private final String node;

	private final String heldBy;

	public NodeBusyException(String node, String heldBy) {
		super("PROV-409", "node '" + node + "' is busy: run " + heldBy + " holds it", HttpStatus.CONFLICT);
		this.node = node;
		this.heldBy = heldBy;
	}

	public String node() {
		return node;
	}

	public String heldBy() {
		return heldBy;
	}

}
