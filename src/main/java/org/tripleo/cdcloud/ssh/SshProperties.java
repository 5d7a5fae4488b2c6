package org.tripleo.cdcloud.ssh;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How cdcloud reaches machines over SSH.
 *
 * @param user the login user on every machine
 * @param port the SSH port of every machine
 * @param keyFile the private key (OpenSSH format, no passphrase); its {@code .pub} is
 * cdcloud's own key, kept in every authorized_keys it writes
 * @param knownHosts the known_hosts file every host key is checked against; unset means
 * {@code <inventory dir>/known_hosts}
 * @param jumpHost {@code host[:port]} every connection goes through (e.g. the seed), or
 * unset for direct connections
 * @param connectTimeout TCP connect and SSH handshake timeout
 * @param commandTimeout default timeout of one command
 * @param outputTailBytes how many trailing bytes of stdout and stderr a result keeps
 * @param logDir where full command output is written, one folder per host; unset for none
 */
@Validated
@ConfigurationProperties("cdcloud.ssh")
public record SshProperties(@DefaultValue("root") String user, @DefaultValue("22") int port,
		@DefaultValue("${user.home}/.ssh/id_ed25519") Path keyFile, Path knownHosts, String jumpHost,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30m") Duration commandTimeout,
		@DefaultValue("4096") int outputTailBytes, @DefaultValue("data/ssh-logs") Path logDir) {

}
