package org.tripleo.cdcloud.inventory;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Suggests the documented field an unknown one was probably meant to be.
 */
final class Spelling {

	private static final int MAX_DISTANCE = 2;

	private Spelling() {
	}

	static Optional<String> closest(String word, Collection<String> candidates) {
		return candidates.stream()
			.filter((candidate) -> distance(word, candidate) <= MAX_DISTANCE)
			.min(Comparator.comparingInt((String candidate) -> distance(word, candidate)));
	}

	/** Levenshtein distance, one row at a time. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			previous = current;
		}
		return previous[b.length()];
	}

}
