package org.tripleo.cdcloud.ssh;

/**
 * POSIX shell quoting: a quoted value is one word whose characters the shell takes
 * literally, whatever they are ({@code ;}, {@code $( )}, backquotes, newlines, quotes).
 */
public final class ShellQuote {

	private ShellQuote() {
	}

	/**
	 * Quotes a value as one literal shell word: wrapped in single quotes, each single
	 * quote inside written as {@code '\''}.
	 * @param value any string without NUL
	 * @return the quoted word
	 * @throws IllegalArgumentException if the value contains NUL, which no shell word can
	 * hold
	 */
	public static String quote(String value) {
		if (value.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("a shell word cannot contain NUL");
		}
		return "'" + value.replace("'", "'\\''") + "'";
	}

}
