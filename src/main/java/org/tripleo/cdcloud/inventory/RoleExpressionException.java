package org.tripleo.cdcloud.inventory;

/**
 * A role expression is malformed; names the 1-based column inside the expression.
 */
public class RoleExpressionException extends InventoryException {

	private final int column;

	private final String reason;

	public RoleExpressionException(int column, String reason) {
		super("column " + column + ": " + reason);
		this.column = column;
		this.reason = reason;
	}

	/**
	 * Returns where the problem is.
	 * @return the 1-based column inside the expression text
	 */
	public int column() {
		return this.column;
	}

	/**
	 * Returns what is wrong, without the column.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

}
