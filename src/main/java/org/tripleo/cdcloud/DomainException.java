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

	/**
	 * The exit code of a command that fails this way: 2 (invalid input) for a client
	 * error, 1 otherwise; a capability whose input errors are not 4xx overrides it.
	 * @return the exit code
	 */
	public int exitCode() {
		return status.is4xxClientError() ? 2 : 1;
	}

}
