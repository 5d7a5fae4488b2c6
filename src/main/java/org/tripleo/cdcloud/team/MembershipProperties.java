package org.tripleo.cdcloud.team;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the cd-admin team votes on joins and removals.
 *
 * @param votingWindow how long a request stays open for votes (ISO-8601), then it expires
 * without a majority
 * @param reminderBefore how long before the deadline members who have not voted are
 * reminded
 * @param vetoPeriod how long an approved ballot waits for the PTL's veto before access is
 * provisioned; PT0S provisions at once, so the veto holds only while votes are open
 * @param approvalThreshold the share of eligible voters that approvals must exceed: 0.5
 * is a strict majority
 */
@Validated
@ConfigurationProperties("cdcloud.membership")
public record MembershipProperties(@DefaultValue("P7D") Duration votingWindow,
		@DefaultValue("P1D") Duration reminderBefore, @DefaultValue("PT0S") Duration vetoPeriod,
		@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("0.99") double approvalThreshold) {

}
