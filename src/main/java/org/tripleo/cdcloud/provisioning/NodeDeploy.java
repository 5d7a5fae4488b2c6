package org.tripleo.cdcloud.provisioning;

import org.tripleo.cdcloud.inventory.Machine;

/**
 * Image deployment through the undercloud (Ironic).
 *
 * <p>
 * Contract: {@link #start} returns once Ironic accepted the request (it answers 202); the
 * model polls {@link #deployment} from a timer loop until {@code active} or
 * {@code deploy failed}. Each deployment carries the id of the request that started it
 * (Ironic's {@code instance_info}); the step reads {@link #deployment} first and does not
 * start a second deployment for a request already under way or done.
 */
public interface NodeDeploy {

	/** Ironic's provision state when the node runs its image. */
	String ACTIVE = "active";

	/** Ironic's provision state when a deployment failed. */
	String DEPLOY_FAILED = "deploy failed";

	/**
	 * What Ironic says about the node.
	 *
	 * @param state Ironic's provision state ({@code available}, {@code deploying},
	 * {@code wait call-back}, {@code active}, {@code deploy failed})
	 * @param image the image deployed or being deployed, or null
	 * @param requestId the id given to {@link NodeDeploy#start} for it, or null
	 * @param lastError Ironic's last error, or null
	 */
	record Deployment(String state, String image, String requestId, String lastError) {

		/**
		 * Whether a request is under way or done.
		 * @param request the request id
		 * @return true when starting it again would repeat work
		 */
		public boolean covers(String request) {
			return request.equals(requestId) && !DEPLOY_FAILED.equals(state);
		}

	}

	/**
	 * Reads the node's provision state.
	 * @param machine the node
	 * @return the deployment
	 * @throws NodeHardwareException when the undercloud does not answer
	 */
	Deployment deployment(Machine machine);

	/**
	 * Starts deploying an image and returns once the undercloud accepted it.
	 * @param machine the node
	 * @param image the image name in the undercloud
	 * @param requestId an id that {@link #deployment} reports back for this deployment
	 * @throws NodeHardwareException when the undercloud does not answer or refuses
	 */
	void start(Machine machine, String image, String requestId);

}
