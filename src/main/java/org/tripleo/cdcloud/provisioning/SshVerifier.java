package org.tripleo.cdcloud.provisioning;

import java.time.Duration;
import java.util.List;

import org.tripleo.cdcloud.fleet.HardwareDrift;
import org.tripleo.cdcloud.inventory.HardwareProfile;
import org.tripleo.cdcloud.inventory.Machine;
import org.tripleo.cdcloud.ssh.CommandResult;
import org.tripleo.cdcloud.ssh.SshConnection;
import org.tripleo.cdcloud.ssh.SshException;
import org.tripleo.cdcloud.ssh.SshExecutor;

/**
 * {@link NodeVerifier} over SSH ({@code cdcloud.ssh}: strict known_hosts, key login) at
 * the machine's IP: reads the facts hardwareAudit reads and compares them the same way
 * ({@link HardwareDrift}).
 */
final class SshVerifier implements NodeVerifier {

	/** SshExecutor's code for a host that does not answer (yet). */
	private static final String UNREACHABLE = "SSH-001";

	/** The facts command reads a few files: anything slower is a broken node. */
	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

	private final SshExecutor ssh;

	SshVerifier(SshExecutor ssh) {
		this.ssh = ssh;
	}

	@Override
	public Verification verify(Machine machine, HardwareProfile profile) {
		try (SshConnection connection = ssh.connect(ssh.target(machine.name(), machine.ip()))) {
			CommandResult facts = connection.run(HardwareDrift.FACTS_COMMAND, COMMAND_TIMEOUT);
			if (!facts.exitedWith(List.of(0))) {
				throw new NodeHardwareException(machine.name(),
						"reading facts over SSH failed: exit " + facts.exitStatus() + " " + facts.stderrTail().strip());
			}
			return new Verification(true, HardwareDrift.compare(profile, HardwareDrift.facts(facts.stdoutTail())));
		}
		catch (SshException ex) {
			if (UNREACHABLE.equals(ex.code())) {
				return new Verification(false, List.of());
			}
			// a refused host key or login is no "not yet": it fails the step
			throw new NodeHardwareException(machine.name(), "verify over SSH: " + ex.getMessage(), ex);
		}
	}

}
