package org.tripleo.cdcloud.bmc.ipmi;

import java.util.EnumMap;
import java.util.Map;

import org.metricshub.ipmi.core.coding.commands.IpmiVersion;
import org.metricshub.ipmi.core.coding.commands.chassis.GetChassisStatus;
import org.metricshub.ipmi.core.coding.commands.chassis.GetChassisStatusResponseData;
import org.metricshub.ipmi.core.coding.protocol.AuthenticationType;
import org.springframework.stereotype.Component;
import org.tripleo.cdcloud.bmc.BmcTarget;
import org.tripleo.cdcloud.bmc.BootSetting;
import org.tripleo.cdcloud.bmc.InvalidBmcParameterException;
import org.tripleo.cdcloud.bmc.ManagementInterface;
import org.tripleo.cdcloud.bmc.PowerAction;
import org.tripleo.cdcloud.bmc.PowerInterface;
import org.tripleo.cdcloud.bmc.PowerState;

/**
 * Power and boot device over IPMI 2.0 (RMCP+), on the sessions of {@link IpmiSessions}.
 */
@Component
class IpmiDriver implements PowerInterface, ManagementInterface {

	/** Chassis Control codes (IPMI 2.0 spec, table 28-4). */
	private static final Map<PowerAction, Integer> CONTROL_CODES = new EnumMap<>(Map.of(PowerAction.OFF, 0,
			PowerAction.ON, 1, PowerAction.CYCLE, 2, PowerAction.RESET, 3, PowerAction.SOFT_OFF, 5));

	private final IpmiSessions sessions;

	IpmiDriver(IpmiSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public String id() {
		return "ipmi";
	}

	@Override
	public void validate(BmcTarget target) {
		if (target.bmc().address() == null) {
			throw new InvalidBmcParameterException(target.machine(), "ipmi needs bmc.address in machines.yaml");
		}
		if (target.username() == null || target.password() == null) {
			throw new InvalidBmcParameterException(target.machine(), "ipmi needs bmc.credentials in machines.yaml");
		}
	}

	@Override
	public PowerState powerState(BmcTarget target) {
		GetChassisStatusResponseData status = (GetChassisStatusResponseData) sessions.send(target, "power status",
				(cs) -> new GetChassisStatus(IpmiVersion.V20, cs, AuthenticationType.RMCPPlus));
		return status.isPowerOn() ? PowerState.ON : PowerState.OFF;
	}

	@Override
	public void power(BmcTarget target, PowerAction action) {
		sessions.send(target, "power " + action.name().toLowerCase(),
				(cs) -> ChassisCommand.control(cs, CONTROL_CODES.get(action)));
	}

	@Override
	public BootSetting bootDevice(BmcTarget target) {
		ChassisCommand.Answer answer = (ChassisCommand.Answer) sessions.send(target, "boot device read",
				(cs) -> ChassisCommand.getBootOptions(cs, BootFlags.PARAMETER));
		return BootFlags.decode(answer.data());
	}

	@Override
	public void setBootDevice(BmcTarget target, BootSetting setting) {
		sessions.send(target, "boot device " + setting.device().name().toLowerCase(),
				(cs) -> ChassisCommand.setBootOptions(cs, BootFlags.encode(setting)));
	}

}
