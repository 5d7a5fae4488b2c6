package org.tripleo.cdcloud.team;

import org.springframework.http.HttpStatus;
import org.tripleo.cdcloud.DomainException;

/**
 * A membership or break-glass request refused or not found; the code names the rule.
 */
public class MembershipException extends DomainException {

	private final String requestId;

	MembershipException(String code, HttpStatus status, String requestId, String message) {
		super(code, message, status);
		this.requestId = requestId;
	}

	static MembershipException notFound(String requestId) {
		return new MembershipException("MEMB-404", HttpStatus.NOT_FOUND, requestId,
				"no request with id '" + requestId + "'");
	}

	static MembershipException forbidden(String code, String requestId, String message) {
		return new MembershipException(code, HttpStatus.FORBIDDEN, requestId, message);
	}

	static MembershipException conflict(String code, String requestId, String message) {
		return new MembershipException(code, HttpStatus.CONFLICT, requestId, message);
	}

	static MembershipException invalid(String code, String message) {
		return new MembershipException(code, HttpStatus.BAD_REQUEST, null, message);
	}

	/**
	 * The request concerned.
	 * @return its id, or null when the request was refused before it existed
	 */
	public String requestId() {
		return requestId;
	}

}
