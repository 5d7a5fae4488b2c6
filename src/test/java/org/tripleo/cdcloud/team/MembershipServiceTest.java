package org.tripleo.cdcloud.team;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.tripleo.cdcloud.ServiceTest;

/**
 * The whole service with a generated team ({@link MembershipTestTeam}): the PTL,
 * {@value MembershipTestTeam#ADMINS} cd-admins and {@value MembershipTestTeam#ATCS} atcs;
 * tests that share it share one booted context and one team store, so each test uses
 * people no other test changes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@ContextConfiguration(initializers = MembershipTestTeam.class)
@interface MembershipServiceTest {

}
