package org.tripleo.cdcloud.team;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people of the team log in.
 *
 * @param demoPassword when set (the {@code demo} profile sets it from
 * {@code CDCLOUD_DEMO_PASSWORD}), every person logs in with this password; never set it
 * in production
 * @param passwordKeyPrefix secret-store key prefix of the bcrypt hash of each person's
 * password: the hash of {@code jdoe} is read from {@code store:<prefix>jdoe}
 */
@Validated
@ConfigurationProperties("cdcloud.login")
public record LoginProperties(String demoPassword, @DefaultValue("login/") String passwordKeyPrefix) {

	@Override
	public String toString() {
		return "LoginProperties[demoPassword=" + ((demoPassword != null) ? "******" : "unset") + ", passwordKeyPrefix="
				+ passwordKeyPrefix + "]";
	}

}
