package org.tripleo.cdcloud.bmc.ipmi;

import org.metricshub.ipmi.core.coding.commands.IpmiCommandCoder;
import org.metricshub.ipmi.core.coding.commands.IpmiVersion;
import org.metricshub.ipmi.core.coding.commands.ResponseData;
import org.metricshub.ipmi.core.coding.payload.CompletionCode;
import org.metricshub.ipmi.core.coding.payload.IpmiPayload;
import org.metricshub.ipmi.core.coding.payload.lan.IPMIException;
import org.metricshub.ipmi.core.coding.payload.lan.IpmiLanRequest;
import org.metricshub.ipmi.core.coding.payload.lan.IpmiLanResponse;
import org.metricshub.ipmi.core.coding.payload.lan.NetworkFunction;
import org.metricshub.ipmi.core.coding.protocol.AuthenticationType;
import org.metricshub.ipmi.core.coding.protocol.IpmiMessage;
import org.metricshub.ipmi.core.coding.security.CipherSuite;

/**
 * Set (0x08) and Get (0x09) System Boot Options, which ipmi-java lacks, added through its
 * command-coder extension point ({@link IpmiCommandCoder}).
 */
final class ChassisCommand extends IpmiCommandCoder {

	private static final byte CONTROL = 0x02;

	private static final byte SET_BOOT_OPTIONS = 0x08;

	private static final byte GET_BOOT_OPTIONS = 0x09;

	private final byte command;

	private final byte[] requestData;

	private ChassisCommand(CipherSuite cipherSuite, byte command, byte[] requestData) {
		super(IpmiVersion.V20, cipherSuite, AuthenticationType.RMCPPlus);
		this.command = command;
		this.requestData = requestData.clone();
	}

	static ChassisCommand setBootOptions(CipherSuite cipherSuite, byte[] parameterAndData) {
		return new ChassisCommand(cipherSuite, SET_BOOT_OPTIONS, parameterAndData);
	}

	static ChassisCommand getBootOptions(CipherSuite cipherSuite, byte parameter) {
		return new ChassisCommand(cipherSuite, GET_BOOT_OPTIONS, new byte[] { parameter, 0, 0 });
	}

	static ChassisCommand control(CipherSuite cipherSuite, int controlCode) {
		return new ChassisCommand(cipherSuite, CONTROL, new byte[] { (byte) controlCode });
	}

	@Override
	public byte getCommandCode() {
		return command;
	}

	@Override
	public NetworkFunction getNetworkFunction() {
		return NetworkFunction.ChassisRequest;
	}

	@Override
	protected IpmiPayload preparePayload(int sequenceNumber) {
		return new IpmiLanRequest(getNetworkFunction(), getCommandCode(), requestData, (byte) sequenceNumber);
	}

	@Override
	public ResponseData getResponseData(IpmiMessage message) throws IPMIException {
		if (!isCommandResponse(message) || !(message.getPayload() instanceof IpmiLanResponse response)) {
			throw new IllegalArgumentException("not an answer to chassis command " + command);
		}
		if (response.getCompletionCode() != CompletionCode.Ok) {
			throw new IPMIException(response.getCompletionCode());
		}
		// a Set or Control answer has no data, which ipmi-java cannot slice
		return new Answer((command == GET_BOOT_OPTIONS) ? response.getIpmiCommandData() : new byte[0]);
	}

	/**
	 * The answer's data after the completion code.
	 *
	 * @param data the bytes, empty for Set and Control
	 */
	record Answer(byte[] data) implements ResponseData {
	}

}
