package org.tripleo.cdcloud.bmc.redfish;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.bmc.AttributeRegistry;
import org.tripleo.cdcloud.bmc.BiosInterface;
import org.tripleo.cdcloud.bmc.BmcOperationException;
import org.tripleo.cdcloud.bmc.BmcProperties;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.HardwareInventory;
import org.tripleo.cdcloud.bmc.InspectInterface;
import org.tripleo.cdcloud.bmc.InvalidBmcParameterException;
import org.tripleo.cdcloud.bmc.ManagementInterface;
import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.bmc.PowerInterface;
import org.tripleo.cdcloud.bmc.PowerState;
import org.tripleo.cdcloud.bmc.RaidInterface;
import org.tripleo.cdcloud.bmc.RaidPlanner;
import org.tripleo.cdcloud.bmc.StorageInfo;

/**
 * Every capability over Redfish; one logged-in connector per BMC, reused and logged out
 * on shutdown.
 */
@Component
class RedfishDriver
		implements PowerInterface, ManagementInterface, BiosInterface, RaidInterface, InspectInterface, DisposableBean {

	private static final Map<PowerAction, String> RESET_TYPES = new EnumMap<>(
			Map.of(PowerAction.ON, "On", PowerAction.OFF, "ForceOff", PowerAction.SOFT_OFF, "GracefulShutdown",
					PowerAction.RESET, "ForceRestart", PowerAction.CYCLE, "PowerCycle"));

	private final BmcProperties.Redfish properties;

	private final SSLContext tls;

	private final Map<String, RedfishConnector> connectors = new ConcurrentHashMap<>();

	RedfishDriver(BmcProperties properties) {
		this.properties = properties.redfish();
		this.tls = RedfishTls.context(this.properties.caFile());
	}

	@Override
	public String id() {
		return "redfish";
	}

	@Override
	public void validate(BmcTarget target) {
		if (target.bmc().redfishUrl() == null || !"https".equals(target.bmc().redfishUrl().getScheme())) {
			throw new InvalidBmcParameterException(target.machine(), "redfish needs an https bmc.redfish-url");
		}
		if (target.username() == null || target.password() == null) {
			throw new InvalidBmcParameterException(target.machine(), "redfish needs bmc.credentials");
		}
	}

	private <T> T call(BmcTarget target, String operation, Function<RedfishConnector, T> action) {
		RedfishConnector connector = connectors.computeIfAbsent(target.machine() + "@" + target.bmc().redfishUrl(),
				(key) -> new RedfishConnector(target, tls, properties));
		try {
			synchronized (connector) {
				return action.apply(connector);
			}
		}
		catch (RedfishResource.MissingAttributeException ex) {
			throw new BmcOperationException(target.machine(), operation, ex.getMessage(), ex);
		}
	}

	private ComputerSystem system(RedfishConnector connector, BmcTarget target) {
		return ComputerSystem.discover(connector, target.machine());
	}

	@Override
	public PowerState powerState(BmcTarget target) {
		return call(target, "power status", (c) -> system(c, target).powerState());
	}

	@Override
	public void power(BmcTarget target, PowerAction action) {
		call(target, "power " + action, (c) -> {
			system(c, target).reset(RESET_TYPES.get(action));
			return null;
		});
	}

	@Override
	public BootSetting bootDevice(BmcTarget target) {
		return call(target, "boot device read", (c) -> system(c, target).boot());
	}

	@Override
	public void setBootDevice(BmcTarget target, BootSetting setting) {
		call(target, "boot device", (c) -> {
			system(c, target).setBoot(setting);
			return null;
		});
	}

	private Bios bios(RedfishConnector connector, BmcTarget target) {
		return new Bios(connector, system(connector, target).biosPath());
	}

	@Override
	public Map<String, String> attributes(BmcTarget target) {
		return call(target, "BIOS read", (c) -> bios(c, target).attributes());
	}

	@Override
	public Map<String, String> pendingAttributes(BmcTarget target) {
		return call(target, "BIOS pending read", (c) -> bios(c, target).pendingAttributes());
	}

	@Override
	public AttributeRegistry registry(BmcTarget target) {
		return call(target, "BIOS registry read", (c) -> bios(c, target).registry());
	}

	@Override
	public void stage(BmcTarget target, Map<String, Object> values) {
		call(target, "BIOS settings write", (c) -> {
			bios(c, target).stage(values);
			return null;
		});
	}

	private Storage storage(RedfishConnector connector, BmcTarget target) {
		return new Storage(connector, target.machine(), system(connector, target).storagePath());
	}

	@Override
	public StorageInfo storage(BmcTarget target) {
		return call(target, "storage read", (c) -> storage(c, target).read());
	}

	@Override
	public StorageInfo.Volume createRaid1(BmcTarget target, String name, RaidPlanner.Plan plan) {
		return call(target, "RAID1 create",
				(c) -> storage(c, target).createRaid1(name, plan, properties.taskTimeout()));
	}

	@Override
	public void deleteVolume(BmcTarget target, String volumeId) {
		call(target, "volume delete", (c) -> {
			storage(c, target).delete(volumeId, properties.taskTimeout());
			return null;
		});
	}

	@Override
	public HardwareInventory inspect(BmcTarget target) {
		return call(target, "inventory", (c) -> system(c, target).inventory());
	}

	@Override
	public void destroy() {
		connectors.values().forEach(RedfishConnector::close);
		connectors.clear();
	}

}
