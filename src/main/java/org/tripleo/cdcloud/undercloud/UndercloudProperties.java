package org.tripleo.cdcloud.undercloud;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How cdcloud reaches the undercloud: which cloud of clouds.yaml, and the policies of its
 * account and deploy operations.
 *
 * @param cloud the cloud's name in clouds.yaml; unset, no undercloud operation runs (and
 * the real keypair and account beans are not created)
 * @param cloudsFile the clouds.yaml to read; unset, the standard lookup applies
 * ({@code OS_CLIENT_CONFIG_FILE}, then {@code ./clouds.yaml},
 * {@code ~/.config/openstack/clouds.yaml}, {@code /etc/openstack/clouds.yaml})
 * @param adminRole the Keystone role a cd-admin's user gets on the admin project
 * @param adminProject the project cd-admins get the role on; unset, the cloud's own
 * project
 * @param userDomain the Keystone domain of the cd-admins' users
 * @param deployTimeout how long a deploy or undeploy may take before it is reported
 * failed
 * @param pollInterval how often Ironic's provision state is read while waiting
 * @param lockedRetries how many times a call answered 409 NodeLocked is retried
 */
@Validated
@ConfigurationProperties("cdcloud.undercloud")
public record UndercloudProperties(String cloud, Path cloudsFile, @DefaultValue("admin") String adminRole,
		String adminProject, @DefaultValue("Default") String userDomain, @DefaultValue("30m") Duration deployTimeout,
		@DefaultValue("10s") Duration pollInterval, @DefaultValue("30") int lockedRetries) {

}
