package org.tripleo.cdcloud.bmc.ipmi;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Real IPMI 2.0 BMCs for tests: one OpenIPMI {@code ipmi_sim} per address 127.0.10.171..,
 * UDP port 6230, configured from {@code src/test/rigs/ipmi/}, each with its chassis state
 * (power, boot device) in files a test can read; plus the reference client,
 * {@code ipmitool -I lanplus -C 3}.
 */
public final class IpmiSimRig implements AutoCloseable {

	/** The UDP port of every simulated BMC. */
	public static final int PORT = 6230;

	/** The login of every simulated BMC. */
	public static final String USER = "admin";

	/** The password of every simulated BMC. */
	public static final String PASSWORD = "password";

	private static final Path RIG = Path.of("src/test/rigs/ipmi").toAbsolutePath();

	private static final byte[] RMCP_PING = { 6, 0, (byte) 0xff, 6, 0, 0, 0x11, (byte) 0xbe, (byte) 0x80, 0, 0, 0 };

	private final Path dir;

	private final List<String> addresses;

	private final String password;

	private final List<String> nodeCommands;

	private final List<Process> processes = new ArrayList<>();

	private IpmiSimRig(Path dir, List<String> addresses, String password, List<String> nodeCommands) {
		this.dir = dir;
		this.addresses = addresses;
		this.password = password;
		this.nodeCommands = nodeCommands;
	}

	/**
	 * Starts simulated BMCs and waits until each answers an RMCP ping.
	 * @param count how many, at most 18
	 * @param dir a temporary directory for configs and state
	 * @return the running rig
	 * @throws Exception when a simulator does not start within 10 s
	 */
	public static IpmiSimRig start(int count, Path dir) throws Exception {
		List<String> addresses = IntStream.range(0, count).mapToObj(IpmiSimRig::address).toList();
		return start(dir, addresses, PASSWORD, addresses.stream().map((a) -> "").toList());
	}

	/**
	 * Starts simulated BMCs of machines whose power on starts a program (chassis.sh's
	 * {@code NODE_CMD}, e.g. the machine's sshd) and power off stops it.
	 * @param dir a temporary directory for configs and state
	 * @param addresses one BMC per address, UDP port {@link #PORT}
	 * @param password the password of user {@link #USER}
	 * @param nodeCommands per BMC the machine's program, or empty for none
	 * @return the running rig
	 * @throws Exception when a simulator does not start within 10 s
	 */
	public static IpmiSimRig start(Path dir, List<String> addresses, String password, List<String> nodeCommands)
			throws Exception {
		IpmiSimRig rig = new IpmiSimRig(dir, addresses, password, nodeCommands);
		try {
			for (int i = 0; i < addresses.size(); i++) {
				rig.processes.add(rig.launch(i));
			}
			for (int i = 0; i < addresses.size(); i++) {
				rig.awaitPing(i);
			}
			return rig;
		}
		catch (Exception ex) {
			rig.close();
			throw ex;
		}
	}

	/**
	 * The address of a simulated BMC.
	 * @param index 0 for 127.0.10.171
	 * @return the address
	 */
	public static String address(int index) {
		return "127.0.10." + (171 + index);
	}

	/**
	 * What the BMC's chassis_control program was told last, e.g. {@code boot} or
	 * {@code power}.
	 * @param index the BMC
	 * @param parameter the file name in its state directory
	 * @return the value, or null when never set
	 * @throws IOException when the file cannot be read
	 */
	public String chassisState(int index, String parameter) throws IOException {
		Path file = stateDir(index).resolve(parameter);
		return Files.exists(file) ? Files.readString(file).trim() : null;
	}

	/**
	 * Runs the reference client against a BMC.
	 * @param index the BMC
	 * @param args the ipmitool command, e.g. {@code chassis power status}
	 * @return its standard output
	 * @throws Exception when it fails or takes over 20 s
	 */
	public static String ipmitool(int index, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("ipmitool", "-I", "lanplus", "-C", "3", "-H", address(index),
				"-p", String.valueOf(PORT), "-U", USER, "-P", PASSWORD));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("ipmitool hung: " + command);
		}
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IllegalStateException("ipmitool " + String.join(" ", args) + " failed: " + out);
		}
		return out;
	}

	private Path stateDir(int index) {
		return dir.resolve("bmc" + index + "/chassis");
	}

	private Process launch(int index) throws IOException {
		Path bmcDir = Files.createDirectories(dir.resolve("bmc" + index));
		String lan = Files.readString(RIG.resolve("lan.conf.template"))
			.replace("@NAME@", "bmc" + index)
			.replace("@ADDRESS@", addresses.get(index))
			.replace("@PORT@", String.valueOf(PORT))
			.replace("@PASSWORD@", password)
			.replace("@CHASSIS@", RIG.resolve("chassis.sh").toString());
		Path lanConf = Files.writeString(bmcDir.resolve("lan.conf"), lan);
		ProcessBuilder builder = new ProcessBuilder("ipmi_sim", "-c", lanConf.toString(), "-f",
				RIG.resolve("node.emu").toString(), "-n", "-s", bmcDir.resolve("sim").toString())
			.redirectErrorStream(true)
			.redirectOutput(bmcDir.resolve("ipmi_sim.log").toFile());
		builder.environment().put("CHASSIS_STATE_DIR", stateDir(index).toString());
		if (!nodeCommands.get(index).isEmpty()) {
			builder.environment().put("NODE_CMD", nodeCommands.get(index));
		}
		return builder.start();
	}

	private void awaitPing(int index) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		try (DatagramSocket socket = new DatagramSocket()) {
			socket.setSoTimeout(200);
			InetAddress address = InetAddress.getByName(addresses.get(index));
			while (System.nanoTime() < deadline) {
				if (!processes.get(index).isAlive()) {
					throw new IllegalStateException("ipmi_sim " + addresses.get(index) + " exited: "
							+ Files.readString(dir.resolve("bmc" + index + "/ipmi_sim.log")));
				}
				socket.send(new DatagramPacket(RMCP_PING, RMCP_PING.length, address, PORT));
				try {
					socket.receive(new DatagramPacket(new byte[64], 64));
					return;
				}
				catch (SocketTimeoutException ex) {
					// not listening yet
				}
			}
		}
		throw new IllegalStateException("ipmi_sim " + addresses.get(index) + " did not answer a ping within 10 s");
	}

	@Override
	public void close() throws InterruptedException {
		for (Process process : processes) {
			process.destroy();
		}
		for (Process process : processes) {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
	}

}
