package org.tripleo.cdcloud.bmc.ipmi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.tripleo.cdcloud.bmc.BmcProperties;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.PowerState;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.secrets.Secret;

/**
 * Power status of 18 ipmi_sim BMCs: cdcloud (sessions reused, in parallel) against 18
 * parallel {@code ipmitool -I lanplus -C 3} calls, in one run; plus the per-command
 * latency for one BMC. Run with {@code scripts/bench-ipmi.sh}.
 */
public final class IpmiBenchmark {

	private static final int BMCS = 18;

	private static final int ROUNDS = 7;

	private IpmiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("bench-ipmi");
		BmcProperties properties = new BmcProperties(null, List.of("ipmi"), BMCS,
				new BmcProperties.Ipmi(3, Duration.ofSeconds(10), Duration.ofSeconds(1)), null);
		IpmiSessions sessions = new IpmiSessions(properties);
		IpmiDriver driver = new IpmiDriver(sessions);
		ExecutorService pool = Executors.newFixedThreadPool(BMCS);
		try (IpmiSimRig rig = IpmiSimRig.start(BMCS, dir)) {
			List<BmcTarget> targets = new ArrayList<>();
			for (int i = 0; i < BMCS; i++) {
				targets.add(new BmcTarget("oc-" + (171 + i),
						new Bmc(BmcDriver.IPMI, IpmiSimRig.address(i), IpmiSimRig.PORT, null, "b"), IpmiSimRig.USER,
						Secret.of(IpmiSimRig.PASSWORD)));
			}
			long open = time(() -> all(pool, targets, driver));
			all(pool, targets, driver);
			double[] ours = new double[ROUNDS];
			double[] theirs = new double[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				ours[round] = time(() -> all(pool, targets, driver)) / 1e6;
				theirs[round] = time(() -> ipmitoolAll(pool)) / 1e6;
			}
			report(open, ours, theirs);
			latency(driver, targets.get(0));
		}
		finally {
			pool.shutdownNow();
			sessions.destroy();
		}
	}

	private static Object all(ExecutorService pool, List<BmcTarget> targets, IpmiDriver driver) throws Exception {
		List<Future<PowerState>> states = new ArrayList<>();
		for (BmcTarget target : targets) {
			states.add(pool.submit(() -> driver.powerState(target)));
		}
		for (Future<PowerState> state : states) {
			state.get();
		}
		return null;
	}

	private static Object ipmitoolAll(ExecutorService pool) throws Exception {
		List<Future<String>> outs = new ArrayList<>();
		for (int i = 0; i < BMCS; i++) {
			int index = i;
			outs.add(pool.submit(() -> IpmiSimRig.ipmitool(index, "chassis", "power", "status")));
		}
		for (Future<String> out : outs) {
			if (!out.get().contains("Chassis Power is")) {
				throw new IllegalStateException("ipmitool: " + out.get());
			}
		}
		return null;
	}

	private static long time(Callable<Object> work) throws Exception {
		long start = System.nanoTime();
		work.call();
		return System.nanoTime() - start;
	}

	private static void report(long openNanos, double[] ours, double[] theirs) {
		double oursMedian = percentile(ours, 50);
		double theirsMedian = percentile(theirs, 50);
		System.out.printf("first round (opens 18 RMCP+ sessions): %.1f ms%n", openNanos / 1e6);
		System.out.printf(
				"18 BMCs power status, median of %d rounds: cdcloud %.1f ms, ipmitool -C 3 x18 %.1f ms,"
						+ " ratio %.3f (target <= 0.25)%n",
				ROUNDS, oursMedian, theirsMedian, oursMedian / theirsMedian);
		System.out.println("  cdcloud rounds ms:  " + Arrays.toString(round(ours)));
		System.out.println("  ipmitool rounds ms: " + Arrays.toString(round(theirs)));
	}

	private static void latency(IpmiDriver driver, BmcTarget target) throws Exception {
		double[] ours = new double[500];
		for (int i = 0; i < ours.length; i++) {
			ours[i] = time(() -> driver.powerState(target)) / 1e6;
		}
		double[] theirs = new double[30];
		for (int i = 0; i < theirs.length; i++) {
			theirs[i] = time(() -> IpmiSimRig.ipmitool(0, "chassis", "power", "status")) / 1e6;
		}
		System.out.printf(
				"one BMC, power status latency: cdcloud median %.2f ms p99 %.2f ms (%d calls);"
						+ " ipmitool median %.1f ms p99 %.1f ms (%d calls)%n",
				percentile(ours, 50), percentile(ours, 99), ours.length, percentile(theirs, 50), percentile(theirs, 99),
				theirs.length);
	}

	private static double percentile(double[] values, int percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	private static double[] round(double[] values) {
		return Arrays.stream(values).map((v) -> Math.round(v * 10) / 10.0).toArray();
	}

}
