package org.tripleo.cdcloud.web;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tripleo.cdcloud.DomainException;

/**
 * Renders every cdcloud error as an RFC 9457 problem with its stable code.
 */
@RestControllerAdvice
class ProblemDetailsAdvice {

	@ExceptionHandler(DomainException.class)
	ProblemDetail domainError(DomainException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setProperty("code", ex.code());
		return problem;
	}

}
