package org.tripleo.cdcloud.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.tripleo.cdcloud.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripleo.cdcloud.team.TestTeam.admin;
import static org.tripleo.cdcloud.team.TestTeam.atc;

/**
 * 50 members vote on one request at the same moment: every vote is recorded exactly once
 * and the tally is exact (the votes race on the engine's optimistic locking and on the
 * request's row lock, and are retried).
 */
@ServiceTest
@ContextConfiguration(initializers = ConcurrentVotesIT.LargeTeam.class)
@SuppressWarnings({ "rawtypes", "unchecked" })
class ConcurrentVotesIT {

	static final int ADMINS = 51;

	@Autowired
	TestRestTemplate rest;

	@Test
	void fiftyConcurrentVotesGiveAnExactTally() throws Exception {
		// given 52 eligible voters (the PTL and 51 admins): 27 approvals decide, 26
		// rejections reject
		MembershipClient client = new MembershipClient(rest);
		Map request = client.applied(atc(1), TestTeam.newKey("atc01"));
		String id = (String) request.get("id");
		assertThat((List) request.get("eligibleVoters")).hasSize(ADMINS + 1);
		// when 25 approve and 25 reject at once, which leaves the outcome open
		List<ResponseEntity<Map>> responses = voteAtOnce(client, id, 50);
		// then none is lost
		assertThat(responses)
			.allSatisfy((r) -> assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(HttpStatus.OK));
		Map after = client.get(id);
		List<Map> votes = (List<Map>) after.get("votes");
		assertThat(votes).hasSize(50);
		assertThat(votes.stream().filter((v) -> "approve".equals(v.get("decision")))).hasSize(25);
		assertThat(votes.stream().map((v) -> v.get("voter")).distinct()).hasSize(50);
		assertThat(after).containsEntry("state", "VOTING");
		// and the two remaining approvals decide, exactly at 27
		assertThat(client.vote(id, admin(50), "approve").getBody()).containsEntry("state", "VOTING");
		assertThat(client.vote(id, admin(51), "approve").getBody()).containsEntry("state", "APPROVED");
	}

	private static List<ResponseEntity<Map>> voteAtOnce(MembershipClient client, String id, int count)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<ResponseEntity<Map>>> futures = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				String voter = (i == count) ? TestTeam.PTL : admin(i);
				String decision = (i % 2 == 0) ? "approve" : "reject";
				futures.add(pool.submit(() -> {
					gate.await();
					return client.vote(id, voter, decision);
				}));
			}
			gate.countDown();
			List<ResponseEntity<Map>> responses = new ArrayList<>();
			for (Future<ResponseEntity<Map>> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A team of the PTL, 51 cd-admins and a few atcs. */
	static class LargeTeam implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static final Path DIR = TestTeam.write(ADMINS, 2);

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("large-team", Map.of("cdcloud.inventory.dir", DIR.toString())));
		}

	}

}
