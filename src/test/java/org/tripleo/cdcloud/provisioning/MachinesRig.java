package org.tripleo.cdcloud.provisioning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.tripleo.cdcloud.bmc.ipmi.IpmiSimRig;
import org.tripleo.cdcloud.bmc.redfish.RedfishFixture;
import org.tripleo.cdcloud.bmc.redfish.SelfSignedCertificate;
import org.tripleo.cdcloud.inventory.Bmc;
import org.tripleo.cdcloud.inventory.BmcDriver;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.undercloud.OpenStackRig;

/**
 * Simulated machines on loopback, every peer real. Machine {@code i} (0-based) is
 * {@code oc-14<i+1>}: its BMC is an ipmi_sim on {@code 127.0.14.2<i+1>:6230} (UDP) plus a
 * Redfish fixture on {@code 127.0.14.2<i+1>:8443}, and its OS an OpenSSH sshd on
 * {@code 127.0.14.3<i+1>:2222} that the BMC's power on starts ({@code boot.sh} as
 * chassis.sh's {@code NODE_CMD}) and power off stops. Booting first tells the Redfish
 * fixture the machine reset, so its BIOS takes the pending settings, as a real one does
 * when it boots. Ironic standalone listens on {@code 127.0.14.1:6385} (json-rpc 8089).
 *
 * <p>
 * The machines are simulated, so their OS cannot show 24 cores or a 10G eth2: the key
 * cdcloud logs in with is forced ({@code command=} in authorized_keys) to print the
 * simulated SL230s's facts in the facts command's format. The SSH session, host key check
 * and parsing are real.
 */
final class MachinesRig implements AutoCloseable {

	static final String PASSWORD = "rig-bmc-secret";

	static final String PASSWORD_ENV = "CDCLOUD_BMC_PASSWORD";

	static final String IMAGE_SOURCE = "http://127.0.14.1:1/overcloud-full.qcow2";

	private static final String PREFIX = "127.0.14.";

	private static final int SSH_PORT = 2222;

	private static final int REDFISH_PORT = 8443;

	/** The fixture's system (see FixtureResources). */
	private static final String RESET = "/redfish/v1/Systems/437XR1138R2/Actions/ComputerSystem.Reset";

	/**
	 * 24 cores, MemTotal of 96 GiB less the kernel's share, one 2 TB RAID1 volume, eth2
	 * 10G.
	 */
	private static final String FACTS = "24\\n98000000\\n2000398934016\\n10000\\n";

	private final Path dir;

	private final int count;

	private final SelfSignedCertificate certificate;

	private final List<RedfishFixture> redfish = new ArrayList<>();

	private IpmiSimRig bmcs;

	private OpenStackRig ironic;

	private MachinesRig(Path dir, int count, SelfSignedCertificate certificate) {
		this.dir = dir;
		this.count = count;
		this.certificate = certificate;
	}

	static MachinesRig start(Path dir, int count) throws Exception {
		List<String> bmcAddresses = IntStream.range(0, count).mapToObj(MachinesRig::bmc).toList();
		MachinesRig rig = new MachinesRig(dir, count, SelfSignedCertificate.create(dir, bmcAddresses));
		try {
			rig.startAll();
			return rig;
		}
		catch (Exception ex) {
			rig.close();
			throw ex;
		}
	}

	private void startAll() throws Exception {
		run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cdcloud-rig", "-f",
				dir.resolve("id_ed25519").toString());
		Files.createDirectories(Path.of("/run/sshd"));
		StringBuilder knownHosts = new StringBuilder();
		List<String> boots = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			redfish.add(new RedfishFixture(certificate, bmc(i), REDFISH_PORT, PASSWORD));
			Path node = Files.createDirectories(dir.resolve(names().get(i)));
			run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", node.resolve("hostkey").toString());
			String[] hostKey = Files.readString(node.resolve("hostkey.pub")).strip().split(" ");
			knownHosts.append("[").append(ip(i)).append("]:").append(SSH_PORT).append(' ');
			knownHosts.append(hostKey[0]).append(' ').append(hostKey[1]).append('\n');
			Files.writeString(node.resolve("authorized_keys"),
					"command=\"printf '" + FACTS + "'\" " + Files.readString(dir.resolve("id_ed25519.pub")));
			boots.add("sh " + Files.writeString(node.resolve("boot.sh"), bootScript(i, node)));
		}
		Files.writeString(dir.resolve("known_hosts"), knownHosts);
		bmcs = IpmiSimRig.start(dir.resolve("bmc"), bmcAddresses(), PASSWORD, boots);
		ironic = OpenStackRig.ironic(dir.resolve("ironic"), PREFIX + "1");
		Files.writeString(dir.resolve("clouds.yaml"), """
				clouds:
				  rig:
				    auth_type: none
				    baremetal_endpoint_override: http://%s1:6385
				""".formatted(PREFIX));
		writeInventory();
	}

	private String bootScript(int i, Path node) {
		return """
				#!/bin/sh
				# The machine boots: the BIOS takes its pending settings (a reset as the BMC sees it)...
				curl -sS --max-time 10 --cacert %s -u %s:%s -H 'Content-Type: application/json' \\
				  -d '{"ResetType":"On"}' %s%s
				# ...then the OS comes up with its SSH server.
				exec /usr/sbin/sshd -D -p %d -o ListenAddress=%s -h %s/hostkey -o PidFile=%s/sshd.pid \\
				  -o StrictModes=no -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no -o UseDNS=no \\
				  -o PermitRootLogin=prohibit-password -o AuthorizedKeysFile=%s/authorized_keys -o UsePAM=no \\
				  -o PrintMotd=no -o LogLevel=ERROR -E %s/sshd.log
				""".formatted(certificate.pem(), RedfishFixture.USER, PASSWORD, redfish.get(i).url(), RESET, SSH_PORT,
				ip(i), node, node, node, node);
	}

	private void writeInventory() throws IOException {
		Path inventory = Files.createDirectories(dir.resolve("inventory"));
		Path valid = Path.of("src/test/resources/inventory/valid");
		Files.copy(valid.resolve("team.yaml"), inventory.resolve("team.yaml"));
		Files.copy(valid.resolve("environments.yaml"), inventory.resolve("environments.yaml"));
		String machines = Files.readString(valid.resolve("machines.yaml"));
		StringBuilder yaml = new StringBuilder("""
				deploy-range:
				  first: %s
				  last: %s
				hardware-profiles:
				  cd-overcloud-node:
				    cpu-cores: 24
				    memory-gib: 96
				    disks:
				      - count: 2
				        size-gb: 2000
				    raid: raid1
				    nics:
				      - name: eth2
				        speed-gbps: 10
				        wired: true
				        pxe: true
				""".formatted(ip(0), ip(count - 1)));
		yaml.append(machines, machines.indexOf("credentials:"), machines.indexOf("  - name: oc-"));
		for (int i = 0; i < count; i++) {
			yaml.append("""
					  - name: %s
					    role: overcloud
					    ip: %s
					    hardware: cd-overcloud-node
					    bios-profile: sl230s-gen8-eth2-pxe
					    eth2-mac: "02:00:00:00:14:%02x"
					    bmc:
					      driver: ipmi+redfish
					      address: %s
					      port: %d
					      redfish-url: %s
					      credentials: bmc-overcloud
					""".formatted(names().get(i), ip(i), i, bmc(i), IpmiSimRig.PORT, redfish.get(i).url()));
		}
		Files.writeString(inventory.resolve("machines.yaml"), yaml);
	}

	/** The service's settings for these machines. */
	Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("cdcloud.inventory.dir", dir.resolve("inventory").toString());
		properties.put("cdcloud.provisioning.hardware", "real");
		properties.put("cdcloud.provisioning.images.overcloud-full.source", IMAGE_SOURCE);
		properties.put("cdcloud.provisioning.images.overcloud-full.checksum", "0123456789abcdef0123456789abcdef");
		properties.put("cdcloud.bmc.redfish.ca-file", certificate.pem().toString());
		properties.put("cdcloud.undercloud.cloud", "rig");
		properties.put("cdcloud.undercloud.clouds-file", dir.resolve("clouds.yaml").toString());
		properties.put("cdcloud.undercloud.poll-interval", "300ms");
		properties.put("cdcloud.ssh.port", String.valueOf(SSH_PORT));
		properties.put("cdcloud.ssh.key-file", dir.resolve("id_ed25519").toString());
		properties.put("cdcloud.ssh.known-hosts", dir.resolve("known_hosts").toString());
		properties.put("cdcloud.ssh.connect-timeout", "3s");
		return properties;
	}

	/**
	 * The inventory as Ironic sees the machines: fake-hardware nodes of the same names.
	 */
	Inventory ironicView(Inventory inventory) {
		List<Machine> machines = inventory.machines()
			.stream()
			.filter((machine) -> names().contains(machine.name()))
			.map((m) -> new Machine(m.name(), m.role(), m.ip(), m.hardware(), m.biosProfile(), m.eth2Mac(),
					new Bmc(BmcDriver.FAKE, null, null, null, null)))
			.toList();
		return new Inventory(inventory.inventoryDir(), inventory.biosProfilesDir(), inventory.deployRange(),
				inventory.hardwareProfiles(), Map.of(), machines, List.of(), List.of(), inventory.biosProfiles());
	}

	List<String> names() {
		return IntStream.range(0, count).mapToObj((i) -> "oc-14" + (i + 1)).toList();
	}

	RedfishFixture redfish(int i) {
		return redfish.get(i);
	}

	IpmiSimRig bmcs() {
		return bmcs;
	}

	private List<String> bmcAddresses() {
		return IntStream.range(0, count).mapToObj(MachinesRig::bmc).toList();
	}

	private static String bmc(int i) {
		return PREFIX + (21 + i);
	}

	private static String ip(int i) {
		return PREFIX + (31 + i);
	}

	@Override
	public void close() throws Exception {
		if (bmcs != null) {
			bmcs.close();
		}
		// the machines' sshd outlive their BMC (chassis.sh starts them with setsid)
		for (String name : names()) {
			Path pid = dir.resolve(name).resolve("sshd.pid");
			if (Files.exists(pid)) {
				ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
			}
		}
		if (ironic != null) {
			ironic.close();
		}
		redfish.forEach(RedfishFixture::close);
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " failed: " + new String(process.getInputStream().readAllBytes()));
		}
	}

}
