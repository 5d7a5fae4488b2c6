package org.tripleo.cdcloud.provisioning;

import java.util.Map;
import java.util.function.Supplier;

import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.undercloud.BareMetal;
import org.tripleo.cdcloud.undercloud.DeployImage;
import org.tripleo.cdcloud.undercloud.UndercloudException;

/**
 * {@link NodeDeploy} through the undercloud's Ironic (node name = machine name, enrolled
 * by {@code undercloud enroll}): starts the deployment with the run id stored as its
 * request id, and reads the provision state back; the model does the waiting.
 */
final class IronicDeploy implements NodeDeploy {

	private static final String AVAILABLE = "available";

	private final BareMetal bareMetal;

	private final Map<String, DeployImage> images;

	IronicDeploy(BareMetal bareMetal, Map<String, DeployImage> images) {
		this.bareMetal = bareMetal;
		this.images = images;
	}

	@Override
	public Deployment deployment(Machine machine) {
		BareMetal.Provision provision = ironic(machine, "deploy state", () -> bareMetal.provision(machine.name()));
		// an available node runs nothing: a request id left from a call that never
		// reached
		// the provision PUT (crash in between) must not stop the step from starting it
		String requestId = AVAILABLE.equals(provision.state()) ? null : provision.requestId();
		return new Deployment(provision.state(), provision.imageSource(), requestId, provision.lastError());
	}

	@Override
	public void start(Machine machine, String image, String requestId) {
		DeployImage deployImage = images.get(image);
		if (deployImage == null) {
			throw new NodeHardwareException(machine.name(),
					"no image '" + image
							+ "' under cdcloud.provisioning.images (source and checksum Ironic deploys); known: "
							+ images.keySet());
		}
		ironic(machine, "deploy start", () -> {
			bareMetal.startDeploy(machine.name(), deployImage, requestId);
			return null;
		});
	}

	private static <T> T ironic(Machine machine, String operation, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (UndercloudException ex) {
			throw new NodeHardwareException(machine.name(), operation + ": " + ex.getMessage(), ex);
		}
	}

}
