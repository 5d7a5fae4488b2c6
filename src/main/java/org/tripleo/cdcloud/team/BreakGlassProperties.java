package org.tripleo.cdcloud.team;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Break-glass access to the undercloud admin credentials.
 *
 * @param credential reference to the credential ({@code env:NAME} or {@code store:KEY});
 * unset: break-glass requests are refused
 * @param revealWindow how long after the request the requester may reveal it, once
 */
@Validated
@ConfigurationProperties("cdcloud.break-glass")
public record BreakGlassProperties(String credential, @DefaultValue("PT15M") Duration revealWindow) {

}
