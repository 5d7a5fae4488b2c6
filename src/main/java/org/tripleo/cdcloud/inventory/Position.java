package org.tripleo.cdcloud.inventory;

/**
 * A 1-based line and column in a file.
 *
 * @param line the line
 * @param column the column
 */
record Position(int line, int column) {

}
