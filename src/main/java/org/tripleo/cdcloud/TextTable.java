package org.tripleo.cdcloud;

import java.util.List;

/**
 * Fixed-width text tables for command-line output.
 */
public final class TextTable {

	private TextTable() {
	}

	/**
	 * Renders rows with each column padded to its widest cell, separated by two spaces.
	 * @param rows the header first, then the data rows; all of the same length
	 * @return the table, every line ending in a newline
	 */
	public static String render(List<String[]> rows) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder table = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				line.append(String.format("%-" + widths[i] + "s", row[i]));
				if (i < columns - 1) {
					line.append("  ");
				}
			}
			table.append(line.toString().stripTrailing()).append('\n');
		}
		return table.toString();
	}

}
