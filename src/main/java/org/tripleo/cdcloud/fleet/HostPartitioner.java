package org.tripleo.cdcloud.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;
import org.tripleo.cdcloud.inventory.Inventory;
import org.tripleo.cdcloud.inventory.Machine;

/**
 * One partition per selected host, named {@code host-<name>}; its context holds only the
 * host name, its position and the host count (the worker re-reads the inventory).
 */
class HostPartitioner implements Partitioner {

	private final Inventory inventory;

	private final Map<String, String> parameters;

	HostPartitioner(Inventory inventory, Map<String, String> parameters) {
		this.inventory = inventory;
		this.parameters = parameters;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<Machine> hosts = HostSelection.resolve(inventory, parameters);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < hosts.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(HostTasklet.HOST, hosts.get(i).name());
			context.putInt(HostTasklet.INDEX, i);
			context.putInt(HostTasklet.HOSTS, hosts.size());
			partitions.put("host-" + hosts.get(i).name(), context);
		}
		return partitions;
	}

}
