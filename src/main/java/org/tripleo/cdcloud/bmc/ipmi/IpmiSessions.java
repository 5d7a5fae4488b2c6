package org.tripleo.cdcloud.bmc.ipmi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.metricshub.ipmi.core.coding.commands.IpmiCommandCoder;
import org.metricshub.ipmi.core.coding.commands.ResponseData;
import org.metricshub.ipmi.core.coding.payload.lan.IPMIException;
import org.metricshub.ipmi.core.coding.security.CipherSuite;
import org.metricshub.ipmi.core.common.PropertiesManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.bmc.BmcOperationException;
import org.tripleo.cdcloud.bmc.BmcProperties;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.InvalidBmcParameterException;

/**
 * The open IPMI sessions, one per BMC, reused across calls and closed on shutdown. A
 * command that fails on the network is retried with backoff on a fresh session until its
 * deadline; a BMC's refusal (a completion code) is not retried.
 */
@Component
class IpmiSessions implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IpmiSessions.class);

	private static final int DEFAULT_PORT = 623;

	private static final long FIRST_BACKOFF_MILLIS = 100;

	private final Map<String, IpmiSession> sessions = new ConcurrentHashMap<>();

	private final BmcProperties.Ipmi properties;

	IpmiSessions(BmcProperties properties) {
		this.properties = properties.ipmi();
		CipherSuites.byId(this.properties.cipherSuite()); // fails fast on an unsupported
															// id
		// ipmi-java resends an unanswered message after "idleTime" ms, "retries" times,
		// whatever the connection timeout (defaults 4 s x 3): one attempt is
		// attempt-timeout here, and the retries are ours, on a fresh session.
		PropertiesManager.getInstance()
			.setProperty("idleTime", String.valueOf(this.properties.attemptTimeout().toMillis()));
		PropertiesManager.getInstance().setProperty("retries", "0");
	}

	/**
	 * Sends a command to a target's BMC within the command deadline.
	 * @param target the machine's BMC
	 * @param operation what is done, for the error message
	 * @param command builds the command for the session's cipher suite
	 * @return the answer
	 * @throws BmcOperationException when the BMC refuses or the deadline passes
	 */
	ResponseData send(BmcTarget target, String operation, Function<CipherSuite, IpmiCommandCoder> command) {
		IpmiSession session = sessions.compute(key(target),
				(key, open) -> (open != null && open.isFor(target.password())) ? open : replace(open, target));
		long deadline = System.nanoTime() + properties.commandDeadline().toNanos();
		long backoff = FIRST_BACKOFF_MILLIS;
		for (int attempt = 1;; attempt++) {
			try {
				return session.send(command);
			}
			catch (IPMIException ex) {
				throw new BmcOperationException(target.machine(), operation,
						"BMC answered: " + ex.getCompletionCode().getMessage(), ex);
			}
			catch (IpmiSession.SessionRefusedException ex) {
				throw new BmcOperationException(target.machine(), operation, ex.getMessage(), ex);
			}
			catch (Exception ex) {
				if (System.nanoTime() + backoff * 1_000_000 >= deadline) {
					throw new BmcOperationException(target.machine(), operation, "no answer within "
							+ properties.commandDeadline() + " (" + attempt + " attempts): " + ex.getMessage(), ex);
				}
				log.debug("BMC-101 {} {}: attempt {} failed, retrying: {}", target.machine(), operation, attempt,
						ex.toString());
				sleep(backoff);
				backoff *= 2;
			}
		}
	}

	private IpmiSession replace(IpmiSession previous, BmcTarget target) {
		if (previous != null) {
			previous.close();
		}
		try {
			int port = (target.bmc().port() != null) ? target.bmc().port() : DEFAULT_PORT;
			return new IpmiSession(InetAddress.getByName(target.bmc().address()), port, target.username(),
					target.password(),
					// a suite holds its session's keys: one instance per session
					CipherSuites.byId(properties.cipherSuite()), (int) properties.attemptTimeout().toMillis());
		}
		catch (UnknownHostException ex) {
			throw new InvalidBmcParameterException(target.machine(), "BMC address does not resolve");
		}
	}

	private static String key(BmcTarget target) {
		return target.bmc().address() + ":" + target.bmc().port() + ":" + target.username();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	@Override
	public void destroy() {
		sessions.values().forEach(IpmiSession::close);
		sessions.clear();
	}

}
