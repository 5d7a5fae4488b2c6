package org.tripleo.cdcloud.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tripleo.cdcloud.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description documents cdcloud's own API and its Basic authentication.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class OpenApiIT {

	@Autowired
	TestRestTemplate rest;

	@Test
	void apiDocsListOurEndpoints() {
		ResponseEntity<Map> response = rest.withBasicAuth("tester5", SecurityIT.PASSWORD)
			.getForEntity("/v3/api-docs", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> paths = (Map<String, Object>) response.getBody().get("paths");
		assertThat(paths).containsKeys("/api/nodes", "/api/nodes/{name}", "/api/team", "/api/access/{personId}");
		assertThat(response.getBody().toString()).contains("basic");
	}

}
