package org.tripleo.cdcloud.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.tripleo.cdcloud.inventory.Inventory;

/**
 * Opens SSH connections to machines: key authentication, strict host-key checking against
 * known_hosts, an optional jump host, connect timeouts. A connection runs any number of
 * commands ({@link SshConnection}).
 */
@Service
@EnableConfigurationProperties(SshProperties.class)
public class SshExecutor {

	private final SshProperties properties;

	private final Path knownHosts;

	private final KnownHostsFile knownHostsFile;

	// Building a DefaultConfig probes the JCE providers: do it once.
	private final DefaultConfig config = new DefaultConfig();

	private final ExecutorService pumps = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "ssh-output");
		thread.setDaemon(true);
		return thread;
	});

	private volatile KeyProvider keys;

	SshExecutor(SshProperties properties, Inventory inventory) {
		this.properties = properties;
		this.knownHosts = (properties.knownHosts() != null) ? properties.knownHosts()
				: inventory.inventoryDir().resolve("known_hosts");
		this.knownHostsFile = new KnownHostsFile(this.knownHosts);
	}

	/**
	 * The target of a machine address on the configured port.
	 * @param name the machine name
	 * @param address its address
	 * @return the target
	 */
	public SshTarget target(String name, String address) {
		return new SshTarget(name, address, properties.port());
	}

	/**
	 * Connects and authenticates, through the jump host when one is configured.
	 * @param target the machine
	 * @return an open connection; close it
	 * @throws HostKeyRejectedException if the host key is unknown or changed
	 * @throws SshException if the machine is unreachable or refuses the key
	 */
	public SshConnection connect(SshTarget target) {
		SSHClient jump = (properties.jumpHost() != null && !properties.jumpHost().isBlank()) ? open(jumpTarget(), null)
				: null;
		try {
			return new SshConnection(target, open(target, jump), jump, properties, pumps);
		}
		catch (RuntimeException ex) {
			SshConnection.closeQuietly(jump);
			throw ex;
		}
	}

	private SshTarget jumpTarget() {
		String[] hostPort = properties.jumpHost().split(":", 2);
		return new SshTarget("jump host " + hostPort[0], hostPort[0],
				(hostPort.length > 1) ? Integer.parseInt(hostPort[1]) : 22);
	}

	private SSHClient open(SshTarget target, SSHClient via) {
		StrictKnownHosts verifier = StrictKnownHosts.load(knownHostsFile);
		SSHClient client = new SSHClient(config);
		client.addHostKeyVerifier(verifier);
		client.setConnectTimeout((int) properties.connectTimeout().toMillis());
		client.getTransport().setTimeoutMs((int) properties.connectTimeout().toMillis());
		try {
			if (via == null) {
				client.connect(target.address(), target.port());
			}
			else {
				client.connectVia(via.newDirectConnection(target.address(), target.port()));
			}
			client.authPublickey(properties.user(), keys(client));
			return client;
		}
		catch (IOException ex) {
			SshConnection.closeQuietly(client);
			throw failure(target, verifier, ex);
		}
	}

	private SshException failure(SshTarget target, StrictKnownHosts verifier, IOException ex) {
		StrictKnownHosts.HostKeyRejection rejection = verifier.rejection();
		if (rejection != null) {
			return new HostKeyRejectedException(target.toString(), rejection.changed(), rejection.fingerprint(),
					knownHosts.toString());
		}
		if (ex instanceof UserAuthException) {
			return new SshException("SSH-004", target.toString(),
					"refused the key " + properties.keyFile() + " for user " + properties.user(), ex);
		}
		return new SshException("SSH-001", target.toString(), "unreachable: " + ex.getMessage(), ex);
	}

	private KeyProvider keys(SSHClient client) throws IOException {
		if (keys == null) {
			keys = client.loadKeys(properties.keyFile().toString());
		}
		return keys;
	}

	@PreDestroy
	void stop() {
		pumps.shutdownNow();
	}

}
