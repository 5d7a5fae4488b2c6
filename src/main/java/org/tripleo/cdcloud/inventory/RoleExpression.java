package org.tripleo.cdcloud.inventory;

import java.util.Set;

/**
 * A boolean expression over {@link Role} ids that decides who may use a channel of an
 * environment, e.g. {@code atc and hp-employee} or {@code cd-admin or (ptl and not atc)}.
 *
 * <p>
 * Grammar, loosest first: {@code or}, then {@code and}, then {@code not}, then an atom,
 * which is a role id or a parenthesised expression. Keywords are lower case and
 * case-sensitive.
 */
public interface RoleExpression {

	/**
	 * Evaluates the expression for someone holding some roles.
	 * @param roles the roles held
	 * @return true when access is granted
	 */
	boolean matches(Set<Role> roles);

	/**
	 * Returns the expression as text: as written for a parsed expression, otherwise a
	 * canonical form.
	 * @return the text
	 */
	String text();

	/**
	 * Parses an expression.
	 * @param text the expression as written
	 * @return the expression
	 * @throws UnknownRoleException if an atom is not a role id
	 * @throws RoleExpressionException if the text is not a well-formed expression
	 */
	static RoleExpression parse(String text) {
		return new RoleExpressionParser(text).parse();
	}

}
