package org.tripleo.cdcloud.provisioning;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tripleo.cdcloud.CdcloudApplication;

/**
 * Fleet provisioning on fake hardware ({@code scripts/bench-provisioning.sh}): engine
 * scale (N machines, no fake latency: wall time, nodes per minute, peak heap) and
 * parallel efficiency (one node alone vs 18 at once, fixed fake latency per step).
 */
public final class ProvisioningBenchmark {

	private ProvisioningBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int machines = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		Path dir = Files.createTempDirectory("bench-provisioning");
		try (ConfigurableApplicationContext context = boot(dir.resolve("scale"), machines, "0s", "0s")) {
			resetPeaks();
			long millis = run(context, null, machines);
			System.out.printf("engine scale: %d machines in %.1f s = %.0f nodes/min, peak heap %d MiB%n", machines,
					millis / 1000.0, machines * 60_000.0 / millis, peakHeapMiB());
		}
		try (ConfigurableApplicationContext context = boot(dir.resolve("efficiency"), 19, "1s", "50ms")) {
			long single = run(context, List.of(FakeFleet.node(19)), 1);
			long fleet = run(context, IntStream.rangeClosed(1, 18).mapToObj(FakeFleet::node).toList(), 18);
			System.out.printf("parallel efficiency: 1 node %.1f s, 18 nodes %.1f s, efficiency %.2f%n", single / 1000.0,
					fleet / 1000.0, (double) single / fleet);
		}
	}

	private static ConfigurableApplicationContext boot(Path dir, int machines, String latency, String callTime)
			throws IOException {
		Path inventory = FakeFleet.inventory(dir.resolve("inventory"), machines);
		// command-line arguments: they win over application.yaml, unlike builder defaults
		return new SpringApplicationBuilder(CdcloudApplication.class).logStartupInfo(false)
			.run(Stream.of("server.port=0", "server.address=127.0.0.1", "logging.level.root=WARN",
					"spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/cdcloud"),
					"cdcloud.inventory.dir=" + inventory,
					"cdcloud.bios-profiles.dir=" + Path.of("src/test/resources/bios-profiles").toAbsolutePath(),
					"cdcloud.login.demo-password=bench", "cdcloud.secrets.store-file=" + dir.resolve("secrets.store"),
					"cdcloud.provisioning.hardware=fake", "cdcloud.provisioning.poll-interval=PT0.2S",
					"cdcloud.provisioning.concurrency=" + machines, "cdcloud.provisioning.fake.latency=" + latency,
					"cdcloud.provisioning.fake.call-time=" + callTime)
				.map((property) -> "--" + property)
				.toArray(String[]::new));
	}

	/** Starts a run and waits for its end; returns the wall time in milliseconds. */
	private static long run(ConfigurableApplicationContext context, List<String> nodes, int expected)
			throws InterruptedException {
		ProvisioningService service = context.getBean(ProvisioningService.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		long start = System.nanoTime();
		String runId = service.start(RunRequest.of(nodes), "bench").runId();
		String status = "running";
		while ("running".equals(status)) {
			Thread.sleep(100);
			status = jdbc.queryForObject("SELECT status FROM cdc_prov_run WHERE id = ?", String.class, runId);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		Integer active = jdbc.queryForObject(
				"SELECT COUNT(*) FROM cdc_prov_run_node WHERE run_id = ? AND status = 'active'", Integer.class, runId);
		if (!"completed".equals(status) || active != expected) {
			throw new IllegalStateException("run " + runId + " " + status + " with " + active + " active nodes");
		}
		return millis;
	}

	private static void resetPeaks() {
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMiB() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
