package org.tripleo.cdcloud.bmc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How cdcloud talks to BMCs.
 *
 * @param forceDriver use this hardware type (e.g. {@code fake}) for every machine that
 * has a BMC, whatever machines.yaml says; empty to use machines.yaml
 * @param enabledInterfaces implementation ids that may be picked when composing drivers
 * @param parallelism machines handled at once by the {@code bmc} command
 * @param ipmi IPMI settings
 * @param redfish Redfish settings
 */
@ConfigurationProperties("cdcloud.bmc")
@Validated
public record BmcProperties(String forceDriver, @DefaultValue( {
		"ipmi", "redfish", "fake" }) List<String> enabledInterfaces, @DefaultValue("18") @Min(1) int parallelism,
		@DefaultValue Ipmi ipmi, @DefaultValue Redfish redfish){

	/**
	 * IPMI 2.0 (RMCP+) settings.
	 *
	 * @param cipherSuite the RMCP+ cipher suite (3: HMAC-SHA1, HMAC-SHA1-96, AES-CBC-128;
	 * 17: SHA256 variants)
	 * @param commandDeadline how long one command may take, retries included
	 * @param attemptTimeout how long one UDP attempt waits for an answer before a retry
	 */
	public record Ipmi(@DefaultValue("3") @Min(0) @Max(17) int cipherSuite,
			@DefaultValue("10s") Duration commandDeadline, @DefaultValue("1s") Duration attemptTimeout) {
	}

	/**
	 * Redfish settings.
	 *
	 * @param caFile PEM file of the certificates (CA or the BMCs' own, pinned) to trust;
	 * empty for the JDK's trust store. TLS is always verified.
	 * @param connectTimeout TCP/TLS connect timeout
	 * @param readTimeout timeout of one HTTP request
	 * @param retries how often a 5xx answer or I/O error is retried
	 * @param taskTimeout how long to wait for a BMC task (RAID, BIOS apply) to end; a
	 * provisioning step waits this long inside one engine job, so it stays below the job
	 * lock time (60 s) or the job is taken over and run a second time
	 */
	public record Redfish(Path caFile, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("30s") Duration readTimeout, @DefaultValue("3") @Min(0) int retries,
			@DefaultValue("50s") Duration taskTimeout) {
	}

}
