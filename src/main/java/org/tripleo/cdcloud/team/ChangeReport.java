package org.tripleo.cdcloud.team;

import java.util.List;

/**
 * What an idempotent access operation changed: one line per change, none when everything
 * already matched.
 *
 * @param changes the changes made, in the order they were made
 */
public record ChangeReport(List<String> changes) {

	public ChangeReport {
		changes = List.copyOf(changes);
	}

	/**
	 * The report of an operation that found nothing to change.
	 * @return an empty report
	 */
	public static ChangeReport unchanged() {
		return new ChangeReport(List.of());
	}

	/**
	 * Whether anything was changed.
	 * @return true if at least one change was made
	 */
	public boolean changed() {
		return !changes.isEmpty();
	}

}
