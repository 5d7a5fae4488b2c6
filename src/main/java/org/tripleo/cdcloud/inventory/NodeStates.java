package org.tripleo.cdcloud.inventory;

import java.util.Map;

/**
 * Where each machine stands in its life cycle, by Ironic's state names ({@code enrolled},
 * {@code manageable}, {@code provisioning}, {@code active}, {@code failed},
 * {@code maintenance}); kept by the provisioning capability, shown by {@code /api/nodes}.
 */
public interface NodeStates {

	/** The state of a machine nothing has been done to yet. */
	String ENROLLED = "enrolled";

	/**
	 * Returns every recorded state.
	 * @return machine name to state; machines not listed are {@link #ENROLLED}
	 */
	Map<String, String> all();

}
