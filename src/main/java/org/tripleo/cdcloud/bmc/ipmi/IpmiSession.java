package org.tripleo.cdcloud.bmc.ipmi;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.Function;

import org.metricshub.ipmi.core.api.async.ConnectionHandle;
import org.metricshub.ipmi.core.api.sync.IpmiConnector;
import org.metricshub.ipmi.core.coding.commands.IpmiCommandCoder;
import org.metricshub.ipmi.core.coding.commands.IpmiVersion;
import org.metricshub.ipmi.core.coding.commands.PrivilegeLevel;
import org.metricshub.ipmi.core.coding.commands.ResponseData;
import org.metricshub.ipmi.core.coding.commands.session.SetSessionPrivilegeLevel;
import org.metricshub.ipmi.core.coding.protocol.AuthenticationType;
import org.metricshub.ipmi.core.coding.security.CipherSuite;
import org.tripleo.cdcloud.secrets.Secret;

/**
 * One RMCP+ session with one BMC, opened on first use and reused; callers are serialised,
 * since BMCs dislike concurrent commands on a session. Each session has its own UDP
 * socket, so BMCs are served in parallel.
 */
final class IpmiSession implements AutoCloseable {

	private final InetAddress address;

	private final int port;

	private final String username;

	private final Secret password;

	private final CipherSuite cipherSuite;

	private final int attemptTimeoutMillis;

	private IpmiConnector connector;

	private ConnectionHandle handle;

	IpmiSession(InetAddress address, int port, String username, Secret password, CipherSuite cipherSuite,
			int attemptTimeoutMillis) {
		this.address = address;
		this.port = port;
		this.username = username;
		this.password = password;
		this.cipherSuite = cipherSuite;
		this.attemptTimeoutMillis = attemptTimeoutMillis;
	}

	/**
	 * Tells whether this session logs in with a password (the inventory's may change).
	 * @param candidate the password
	 * @return whether it is this session's
	 */
	boolean isFor(Secret candidate) {
		return password.equals(candidate);
	}

	/**
	 * Sends one command, opening the session first if needed; on failure the session is
	 * closed so the next call starts a fresh one.
	 * @param command builds the command for this session's cipher suite
	 * @return the answer
	 * @throws Exception whatever ipmi-java threw
	 */
	synchronized ResponseData send(Function<CipherSuite, IpmiCommandCoder> command) throws Exception {
		try {
			if (handle == null) {
				open();
			}
			return connector.sendMessage(handle, command.apply(cipherSuite));
		}
		catch (Exception ex) {
			close();
			throw ex;
		}
	}

	private void open() throws Exception {
		connector = new IpmiConnector(0);
		// Skips Get Channel Cipher Suites (ipmi_sim and some BMCs do not answer it) and
		// uses the configured suite, as ipmitool -C does.
		ConnectionHandle opened = connector.createConnection(address, port, cipherSuite, PrivilegeLevel.Administrator);
		// ipmi-java's connection timeout is in milliseconds per attempt (it retries
		// itself).
		connector.setTimeout(opened, attemptTimeoutMillis);
		try {
			connector.openSession(opened, username, password.reveal(), null);
		}
		catch (Exception ex) {
			// a wrong user or password fails RAKP's authentication check every time;
			// anything else (lost or stale packets) is worth another session
			if (!String.valueOf(ex.getMessage()).contains("Authentication check failed")) {
				throw new IOException("RMCP+ session not opened: " + ex.getMessage(), ex);
			}
			throw new SessionRefusedException("RMCP+ session refused (user, password or cipher suite "
					+ cipherSuite.getId() + "): " + ex.getMessage(), ex);
		}
		connector.sendMessage(opened, new SetSessionPrivilegeLevel(IpmiVersion.V20, cipherSuite,
				AuthenticationType.RMCPPlus, PrivilegeLevel.Administrator));
		handle = opened;
	}

	/** The BMC refused the login: retrying cannot help. */
	static final class SessionRefusedException extends Exception {

		SessionRefusedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	@Override
	public synchronized void close() {
		if (connector == null) {
			return;
		}
		if (handle != null) {
			try {
				connector.closeSession(handle);
			}
			catch (Exception ex) {
				// the BMC drops idle sessions itself; nothing to do
			}
		}
		connector.tearDown();
		connector = null;
		handle = null;
	}

}
