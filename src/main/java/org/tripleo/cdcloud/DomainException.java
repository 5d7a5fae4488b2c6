package org.tripleo.cdcloud;

import org.springframework.http.HttpStatus;

/**
 * Root of the errors cdcloud reports to operators: each carries a stable code and the
 * HTTP status it maps to, so the REST layer has one place that renders them.
 */
public abstract class DomainException extends RuntimeException {

	private final String code;

	private final HttpStatus status;

	protected DomainException(String code, String message, HttpStatus status) {
		super(message);
		this.code = code;
		this.status = status;
	}

	protected DomainException(String code, String message, HttpStatus status, Throwable cause) {
		super(message, cause);
		this.code = code;
		this.status = status;
	}

	/**
	 * A stable id to search logs and docs for, such as {@code TEAM-404}.
	 * @return the code
	 */
	public String code() {
		return code;
	}

	/**
	 * The HTTP status a REST client sees.
	 * @return the status
	 */
	public HttpStatus status() {
		return status;
	}

}
