package org.tripleo.cdcloud.team;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives {@code /api/membership} over HTTP as the people of the generated test team.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
record MembershipClient(TestRestTemplate rest) {

	static final String PASSWORD = "it-secret";

	TestRestTemplate as(String personId) {
		return rest.withBasicAuth(personId, PASSWORD);
	}

	ResponseEntity<Map> apply(String applicant, String key) {
		return as(applicant).postForEntity("/api/membership/requests",
				Map.of("sshPublicKey", key, "reason", "on call rotation"), Map.class);
	}

	Map applied(String applicant, String key) {
		ResponseEntity<Map> response = apply(applicant, key);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	ResponseEntity<Map> vote(String requestId, String voter, String decision) {
		return as(voter).postForEntity("/api/membership/requests/" + requestId + "/votes",
				Map.of("decision", decision, "comment", voter + " says " + decision), Map.class);
	}

	ResponseEntity<Map> veto(String requestId, String ptl) {
		return as(ptl).postForEntity("/api/membership/requests/" + requestId + "/veto", Map.of("reason", "not yet"),
				Map.class);
	}

	ResponseEntity<Map> depart(String requestedBy, String subject) {
		return as(requestedBy).postForEntity("/api/membership/departures",
				Map.of("personId", subject, "reason", "moving on"), Map.class);
	}

	Map get(String requestId) {
		return as(TestTeam.PTL).getForObject("/api/membership/requests/" + requestId, Map.class);
	}

	/** Casts exactly the approvals that decide, from the first eligible voters. */
	Map approveByMajority(Map request) {
		List<String> voters = (List<String>) request.get("eligibleVoters");
		int required = (Integer) request.get("approvalsRequired");
		Map last = null;
		for (String voter : voters.subList(0, required)) {
			ResponseEntity<Map> response = vote((String) request.get("id"), voter, "approve");
			assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
			last = response.getBody();
		}
		return last;
	}

	/** Waits until every access step of a request is DONE. */
	Map awaitSteps(String requestId) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			Map request = get(requestId);
			List<Map> steps = (List<Map>) request.get("steps");
			if (steps.stream().allMatch((step) -> "DONE".equals(step.get("status")))) {
				return request;
			}
			assertThat(Instant.now()).as("steps of %s still %s", requestId, steps).isBefore(deadline);
			Thread.sleep(100);
		}
	}

}
