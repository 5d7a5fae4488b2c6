package org.tripleo.cdcloud.fleet;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Fleet batch jobs over SSH.
 *
 * @param enabled whether the fleet jobs, their REST API and the SSH
 * {@code team.MachineAccess} are active (off by default so that an in-memory
 * MachineAccess can serve demos and tests)
 * @param maxParallel hosts worked on at once when a job gives no {@code maxUnavailable}
 * @param recipesDir the recipes folder; unset means {@code <inventory dir>/recipes}
 * @param authorizedKeysFile the file authorizedKeysSync writes on each machine, relative
 * to the login user's home
 */
@Validated
@ConfigurationProperties("cdcloud.fleet")
public record FleetProperties(@DefaultValue("false") boolean enabled, @DefaultValue("50") int maxParallel,
		Path recipesDir, @DefaultValue(".ssh/authorized_keys") String authorizedKeysFile) {

}
