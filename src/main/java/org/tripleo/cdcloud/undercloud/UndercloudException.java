package org.tripleo.cdcloud.undercloud;

import javax.net.ssl.SSLException;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * Root of the undercloud capability's errors: configuration, Keystone, Nova and Ironic.
 * Messages never contain a secret.
 */
public class UndercloudException extends DomainException {

	UndercloudException(String code, String message, HttpStatus status) {
		super(code, message, status);
	}

	UndercloudException(String code, String message, HttpStatus status, Throwable cause) {
		super(code, message, status, cause);
	}

	/**
	 * The clouds.yaml file or cdcloud's undercloud settings are missing or wrong; the
	 * message names the file and field.
	 * @param message what is wrong, and where
	 * @return the exception
	 */
	static UndercloudException config(String message) {
		return new UndercloudException("UC-CONFIG", message, HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/**
	 * {@inheritDoc} Bad configuration is invalid input to a command (2), though the
	 * service answers it with 500: the operator, not the client, has to fix it.
	 */
	@Override
	public int exitCode() {
		return "UC-CONFIG".equals(code()) ? 2 : super.exitCode();
	}

	/**
	 * An OpenStack service could not be reached at all, or its TLS certificate was not
	 * trusted ({@code UC-TLS}, naming the cloud and its {@code cacert} setting).
	 * @param cloud the cloud the service belongs to
	 * @param service the service, e.g. {@code keystone}
	 * @param url where it was expected
	 * @param cause the transport error
	 * @return the exception
	 */
	static UndercloudException unreachable(CloudConfig cloud, String service, String url, Throwable cause) {
		for (Throwable ex = cause; ex != null; ex = (ex.getCause() != ex) ? ex.getCause() : null) {
			if (ex instanceof SSLException) {
				String trust = (cloud.cacert() != null) ? "cacert " + cloud.cacert()
						: "no cacert set, so the JVM's trust store";
				return new UndercloudException("UC-TLS",
						service + " at " + url + " failed TLS verification for cloud '" + cloud.name() + "' ("
								+ cloud.where() + ": " + trust + "): " + rootMessage(ex)
								+ "; name the CA that signed its certificate with cacert and reach it by a name "
								+ "the certificate holds",
						HttpStatus.BAD_GATEWAY, cause);
			}
		}
		return new UndercloudException("UC-UNREACHABLE",
				service + " at " + url + " cannot be reached: " + rootMessage(cause), HttpStatus.BAD_GATEWAY, cause);
	}

	/**
	 * Keystone refused the configured credentials.
	 * @param cloud the cloud name
	 * @param detail Keystone's answer
	 * @return the exception
	 */
	static UndercloudException authentication(String cloud, String detail) {
		return new UndercloudException("UC-AUTH",
				"Keystone refused the credentials of cloud '" + cloud + "': " + detail, HttpStatus.BAD_GATEWAY);
	}

	/**
	 * An OpenStack API answered with an error.
	 * @param service the service, e.g. {@code nova}
	 * @param operation what was attempted
	 * @param detail the service's own error message
	 * @return the exception
	 */
	static UndercloudException api(String service, String operation, String detail) {
		return new UndercloudException("UC-API", service + " refused to " + operation + ": " + detail,
				HttpStatus.BAD_GATEWAY);
	}

	/**
	 * Ironic answered an error; the message carries Ironic's own {@code error_message}.
	 * @param status the HTTP status Ironic answered
	 * @param operation what was attempted, e.g. {@code PATCH /v1/nodes/oc-171}
	 * @param detail Ironic's fault string
	 * @return the exception
	 */
	static UndercloudException ironic(int status, String operation, String detail) {
		return new UndercloudException("UC-IRONIC", "ironic refused " + operation + " (" + status + "): " + detail,
				HttpStatus.BAD_GATEWAY);
	}

	/**
	 * A node ended in a failed provision state, or did not reach the wanted one in time.
	 * @param node the node's name
	 * @param state the provision state it was left in
	 * @param lastError Ironic's {@code last_error} for the node, or a timeout note
	 * @return the exception
	 */
	static UndercloudException provisionFailed(String node, String state, String lastError) {
		return new UndercloudException("UC-PROVISION",
				"node " + node + " is in provision state '" + state + "': " + lastError, HttpStatus.BAD_GATEWAY);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
