/**
 * The inventory: team, machines, environments and BIOS profiles, read from YAML files and
 * validated as a whole.
 *
 * <p>
 * {@link org.tripleo.cdcloud.inventory.InventoryLoader} is the entry point. Reading is
 * two-phase: per-file parsers build the model through a structural reader (required
 * fields, types, unknown and duplicate keys), keeping an index from field path to file
 * position; then small rule classes, each with a stable id, check the model and report
 * violations by field path. The file formats and the rule catalogue are documented in
 * {@code inventory/README.md}.
 */
package org.tripleo.cdcloud.inventory;
