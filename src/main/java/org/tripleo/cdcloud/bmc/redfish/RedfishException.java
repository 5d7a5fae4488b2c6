package org.tripleo.cdcloud.bmc.redfish;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.bmc.BmcException;

/**
 * A Redfish service answered with an error, or could not be reached: carries the HTTP
 * status, the Redfish message id and the properties it names, so the operator sees the
 * BMC's own explanation.
 */
public class RedfishException extends BmcException {

	private final int httpStatus;

	private final String messageId;

	private final List<String> relatedProperties;

	RedfishException(String machine, String request, int httpStatus, String messageId, String message,
			List<String> relatedProperties, Throwable cause) {
		super("BMC-RF-" + httpStatus, machine,
				request + " answered " + ((httpStatus > 0) ? httpStatus : "nothing") + ": " + message
						+ ((messageId != null) ? " [" + messageId + "]" : "")
						+ (relatedProperties.isEmpty() ? "" : " (" + String.join(", ", relatedProperties) + ")"),
				HttpStatus.BAD_GATEWAY, cause);
		this.httpStatus = httpStatus;
		this.messageId = messageId;
		this.relatedProperties = List.copyOf(relatedProperties);
	}

	/**
	 * The BMC's HTTP status.
	 * @return the status, 0 when no answer came
	 */
	public int httpStatus() {
		return httpStatus;
	}

	/**
	 * The most severe {@code @Message.ExtendedInfo} message id, or the error code.
	 * @return the id, or null
	 */
	public String messageId() {
		return messageId;
	}

	/**
	 * The properties the BMC's message names, e.g. {@code #/Attributes/NicBoot1}.
	 * @return the properties, possibly none
	 */
	public List<String> relatedProperties() {
		return relatedProperties;
	}

}
