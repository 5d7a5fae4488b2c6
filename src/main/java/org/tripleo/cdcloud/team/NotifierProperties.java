package org.tripleo.cdcloud.team;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How cdcloud notifies the team.
 *
 * @param mailFrom sender address of e-mail notices (used when {@code spring.mail.host} is
 * set)
 */
@Validated
@ConfigurationProperties("cdcloud.notify")
public record NotifierProperties(@DefaultValue("cdcloud@localhost") String mailFrom) {

}
