package org.tripleo.cdcloud.inventory;

/**
 * One broken inventory rule, located precisely enough to jump to it in an editor.
 *
 * <p>
 * Printed as {@code file:line:column fieldPath [ruleId] message}, for example
 * {@code machines.yaml:42:7 machines[3].bmc.address [MACH-BMC-ADDR] must be an IPv4
 * address}. The message never contains the value of a secret.
 *
 * @param file the file name inside the inventory directory ({@code machines.yaml}), or
 * {@code <bios-profiles dir name>/<profile>.yaml} for a BIOS profile
 * @param line 1-based line
 * @param column 1-based column
 * @param fieldPath the YAML path of the field ({@code machines[3].bmc.address}), empty
 * for the file as a whole
 * @param ruleId stable rule id, documented in {@code inventory/README.md}
 * @param message what the rule requires
 */
public record Violation(String file, int line, int column, String fieldPath, String ruleId, String message) {

	@Override
	public String toString() {
		String field = this.fieldPath.isEmpty() ? "" : " " + this.fieldPath;
		return this.file + ":" + this.line + ":" + this.column + field + " [" + this.ruleId + "] " + this.message;
	}

}
