package org.tripleo.cdcloud.undercloud;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openstack4j.api.compute.KeypairService;
import org.openstack4j.model.compute.Keypair;
import org.tripleo.cdcloud.inventory.Person;
import org.tripleo.cdcloud.team.ChangeReport;
import org.tripleo.cdcloud.team.UndercloudKeypairs;

/**
 * Keeps the undercloud user's Nova keypairs in line with the cd-admins' keys, following
 * the scheme of {@link KeypairPlan}; writes nothing when they already match.
 */
class NovaKeypairs implements UndercloudKeypairs {

	private final Undercloud undercloud;

	NovaKeypairs(Undercloud undercloud) {
		this.undercloud = undercloud;
	}

	@Override
	public ChangeReport syncAdminKeypairs(List<Person> admins) {
		KeystoneSession session = undercloud.connect();
		KeypairService keypairs = session.client().compute().keypairs();
		Map<String, String> existing = session.call("nova", "list keypairs", keypairs::list)
			.stream()
			.collect(Collectors.toMap(Keypair::getName, Keypair::getPublicKey));
		List<KeypairPlan.Step> steps = KeypairPlan.of(admins).steps(existing);
		for (KeypairPlan.Step step : steps) {
			if (step.action() != KeypairPlan.Action.CREATE) {
				session.call("nova", "delete keypair " + step.name(), () -> keypairs.delete(step.name()));
			}
			if (step.action() != KeypairPlan.Action.DELETE) {
				session.call("nova", "create keypair " + step.name(),
						() -> keypairs.create(step.name(), step.publicKey()));
			}
		}
		return new ChangeReport(steps.stream().map(KeypairPlan.Step::describe).toList());
	}

}
