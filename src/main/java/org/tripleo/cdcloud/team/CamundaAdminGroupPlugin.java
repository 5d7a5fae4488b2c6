package org.tripleo.cdcloud.team;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.inventory.Role;

/**
 * Makes the {@code cd-admin} group the engine's administrators; nobody else gets Camunda
 * admin rights.
 */
@Component
class CamundaAdminGroupPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setAdminGroups(new ArrayList<>(List.of(Role.CD_ADMIN.id())));
	}

}
