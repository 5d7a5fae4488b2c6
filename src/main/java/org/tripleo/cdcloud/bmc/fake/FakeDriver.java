package org.tripleo.cdcloud.bmc.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.bmc.AttributeRegistry;
import org.tripleo.cdcloud.bmc.BiosInterface;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.HardwareInventory;
import org.tripleo.cdcloud.bmc.InspectInterface;
import org.tripleo.cdcloud.bmc.ManagementInterface;
import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.bmc.PowerInterface;
import org.tripleo.cdcloud.bmc.PowerState;
import org.tripleo.cdcloud.bmc.RaidInterface;
import org.tripleo.cdcloud.bmc.RaidPlanner;
import org.tripleo.cdcloud.bmc.StorageInfo;

/**
 * The {@code fake} hardware type: every capability in memory, one simulated SL230s Gen8
 * per machine, for the demo profile and dry runs (Ironic's fake-hardware). Staged BIOS
 * settings apply on the next power on, reset or cycle, as on a real machine.
 */
@Component
class FakeDriver implements PowerInterface, ManagementInterface, BiosInterface, RaidInterface, InspectInterface {

	private final Map<String, FakeMachine> machines = new ConcurrentHashMap<>();

	@Override
	public String id() {
		return "fake";
	}

	@Override
	public void validate(BmcTarget target) {
		// needs nothing
	}

	private FakeMachine machine(BmcTarget target) {
		return machines.computeIfAbsent(target.machine(), FakeMachine::new);
	}

	@Override
	public PowerState powerState(BmcTarget target) {
		return machine(target).power();
	}

	@Override
	public void power(BmcTarget target, PowerAction action) {
		machine(target).power(action);
	}

	@Override
	public BootSetting bootDevice(BmcTarget target) {
		return machine(target).boot();
	}

	@Override
	public void setBootDevice(BmcTarget target, BootSetting setting) {
		machine(target).boot(setting);
	}

	@Override
	public Map<String, String> attributes(BmcTarget target) {
		return machine(target).attributes();
	}

	@Override
	public Map<String, String> pendingAttributes(BmcTarget target) {
		return machine(target).pending();
	}

	@Override
	public AttributeRegistry registry(BmcTarget target) {
		return FakeMachine.REGISTRY;
	}

	@Override
	public void stage(BmcTarget target, Map<String, Object> values) {
		machine(target).stage(values);
	}

	@Override
	public StorageInfo storage(BmcTarget target) {
		return machine(target).storage();
	}

	@Override
	public StorageInfo.Volume createRaid1(BmcTarget target, String name, RaidPlanner.Plan plan) {
		return machine(target).createRaid1(name, plan);
	}

	@Override
	public void deleteVolume(BmcTarget target, String volumeId) {
		machine(target).deleteVolume(volumeId);
	}

	@Override
	public HardwareInventory inspect(BmcTarget target) {
		return machine(target).inventory();
	}

}
