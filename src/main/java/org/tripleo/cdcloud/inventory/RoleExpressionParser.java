package org.tripleo.cdcloud.inventory;

import java.util.Set;

/**
 * Recursive-descent parser for {@link RoleExpression}: {@code or > and > not > atom}.
 */
final class RoleExpressionParser {

	private final String text;

	private int position;

	RoleExpressionParser(String text) {
		this.text = (text != null) ? text : "";
	}

	RoleExpression parse() {
		RoleExpression expression = or();
		skipSpaces();
		if (this.position < this.text.length()) {
			throw new RoleExpressionException(this.position + 1, "unexpected '" + nextToken() + "'");
		}
		return new Parsed(this.text.strip(), expression);
	}

	private RoleExpression or() {
		RoleExpression left = and();
		while (keyword("or")) {
			left = new Or(left, and());
		}
		return left;
	}

	private RoleExpression and() {
		RoleExpression left = not();
		while (keyword("and")) {
			left = new And(left, not());
		}
		return left;
	}

	private RoleExpression not() {
		return keyword("not") ? new Not(not()) : atom();
	}

	private RoleExpression atom() {
		skipSpaces();
		int start = this.position;
		if (start >= this.text.length()) {
			throw new RoleExpressionException(start + 1, "expected a role or '(' but the expression ended");
		}
		if (this.text.charAt(start) == '(') {
			this.position++;
			RoleExpression inner = or();
			skipSpaces();
			if (this.position >= this.text.length() || this.text.charAt(this.position) != ')') {
				throw new RoleExpressionException(this.position + 1,
						"expected ')' to close the '(' at column " + (start + 1));
			}
			this.position++;
			return inner;
		}
		String word = word();
		if (word.isEmpty() || isKeyword(word)) {
			throw new RoleExpressionException(start + 1,
					"expected a role or '(' but found '" + nextTokenAt(start) + "'");
		}
		return Role.fromId(word)
			.<RoleExpression>map(Atom::new)
			.orElseThrow(() -> new UnknownRoleException(start + 1, word));
	}

	private boolean keyword(String keyword) {
		skipSpaces();
		int start = this.position;
		if (word().equals(keyword)) {
			return true;
		}
		this.position = start;
		return false;
	}

	private String word() {
		int start = this.position;
		while (this.position < this.text.length() && isWordChar(this.text.charAt(this.position))) {
			this.position++;
		}
		return this.text.substring(start, this.position);
	}

	private String nextToken() {
		return nextTokenAt(this.position);
	}

	private String nextTokenAt(int start) {
		int end = start;
		while (end < this.text.length() && isWordChar(this.text.charAt(end))) {
			end++;
		}
		return (end > start) ? this.text.substring(start, end) : this.text.substring(start, start + 1);
	}

	private void skipSpaces() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
	}

	private static boolean isKeyword(String word) {
		return word.equals("and") || word.equals("or") || word.equals("not");
	}

	private static String operand(RoleExpression expression, Class<?> looser) {
		return looser.isInstance(expression) ? "(" + expression.text() + ")" : expression.text();
	}

	/** The root of a parsed expression, keeping the text as written. */
	private record Parsed(String text, RoleExpression root) implements RoleExpression {

		@Override
		public boolean matches(Set<Role> roles) {
			return this.root.matches(roles);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

	private record Atom(Role role) implements RoleExpression {

		@Override
		public boolean matches(Set<Role> roles) {
			return roles.contains(this.role);
		}

		@Override
		public String text() {
			return this.role.id();
		}

	}

	private record Not(RoleExpression operand) implements RoleExpression {

		@Override
		public boolean matches(Set<Role> roles) {
			return !this.operand.matches(roles);
		}

		@Override
		public String text() {
			boolean bare = this.operand instanceof Atom || this.operand instanceof Not;
			return "not " + (bare ? this.operand.text() : "(" + this.operand.text() + ")");
		}

	}

	private record And(RoleExpression left, RoleExpression right) implements RoleExpression {

		@Override
		public boolean matches(Set<Role> roles) {
			return this.left.matches(roles) && this.right.matches(roles);
		}

		@Override
		public String text() {
			return operand(this.left, Or.class) + " and " + operand(this.right, Or.class);
		}

	}

	private record Or(RoleExpression left, RoleExpression right) implements RoleExpression {

		@Override
		public boolean matches(Set<Role> roles) {
			return this.left.matches(roles) || this.right.matches(roles);
		}

		@Override
		public String text() {
			return this.left.text() + " or " + this.right.text();
		}

	}

}
