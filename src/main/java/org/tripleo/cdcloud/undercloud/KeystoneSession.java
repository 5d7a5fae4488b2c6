package org.tripleo.cdcloud.undercloud;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.api.exceptions.ResponseException;
import org.openstack4j.model.common.ActionResponse;
import org.openstack4j.model.identity.v3.Endpoint;
import org.openstack4j.model.identity.v3.Service;

/**
 * An authenticated openstack4j client with the cloud it was made for; wraps openstack4j's
 * exceptions into {@link UndercloudException} once, here.
 *
 * @param cloud the cloud
 * @param client the client, usable on the thread that authenticated
 */
record KeystoneSession(CloudConfig cloud, OSClientV3 client) {

	String token() {
		return client.getToken().getId();
	}

	List<? extends Service> catalog() {
		return client.getToken().getCatalog();
	}

	/**
	 * The public endpoint of a service type in the catalog, in the cloud's region if it
	 * has one.
	 * @param type e.g. {@code baremetal}
	 * @return the URL, or empty
	 */
	Optional<java.net.URI> endpoint(String type) {
		return catalog().stream()
			.filter((service) -> type.equals(service.getType()))
			.flatMap((service) -> service.getEndpoints().stream())
			.filter((endpoint) -> "public".equals(String.valueOf(endpoint.getIface()).toLowerCase()))
			.filter((endpoint) -> cloud.region() == null || cloud.region().equals(endpoint.getRegion()))
			.map(Endpoint::getUrl)
			.map((url) -> java.net.URI.create(url.toString()))
			.findFirst();
	}

	/**
	 * Runs one openstack4j call.
	 * @param <T> the result type
	 * @param service the service called, for messages
	 * @param operation what is attempted, for messages
	 * @param call the call
	 * @return its result
	 * @throws UndercloudException when the service is unreachable or answers an error
	 */
	<T> T call(String service, String operation, Supplier<T> call) {
		try {
			T result = call.get();
			if (result instanceof ActionResponse response && !response.isSuccess()) {
				throw UndercloudException.api(service, operation, response.getCode() + " " + response.getFault());
			}
			return result;
		}
		catch (ConnectionException ex) {
			throw UndercloudException.unreachable(cloud, service, cloud.authUrl().toString(), ex);
		}
		catch (ResponseException ex) {
			throw UndercloudException.api(service, operation, ex.getStatus() + " " + ex.getMessage());
		}
	}

}
