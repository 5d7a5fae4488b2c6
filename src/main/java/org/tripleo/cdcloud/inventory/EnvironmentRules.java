package org.tripleo.cdcloud.inventory;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The rules of {@code environments.yaml}.
 */
final class EnvironmentRules {

	private EnvironmentRules() {
	}

	static List<InventoryRule> all() {
		return List.of(new ExpressionSyntaxRule(), new ExpressionRoleRule(), new ChannelRule(),
				new EnvironmentMachineRoleRule());
	}

	/**
	 * Parses every access expression as written and hands the failures to a rule.
	 * @param inventory the parsed inventory
	 * @param failure called with the expression's located text and the parse failure
	 */
	private static void parseAll(ParsedInventory inventory,
			BiConsumer<Located<String>, RoleExpressionException> failure) {
		for (Located<Environment> environment : inventory.environments()) {
			for (String channel : environment.keys(".access")) {
				String field = ".access." + channel;
				String text = environment.text(field);
				if (text == null) {
					continue;
				}
				try {
					RoleExpression.parse(text);
				}
				catch (RoleExpressionException ex) {
					failure.accept(new Located<>(environment.file(), environment.path(field), text), ex);
				}
			}
		}
	}

	private static void report(Violations out, Rule rule, Located<String> expression, RoleExpressionException ex) {
		Position position = expression.file().positionInValue(expression.path(), ex.column() - 1);
		out.add(expression.file(), position, expression.path(), rule,
				"'" + expression.value() + "' at column " + ex.column() + ": " + ex.reason());
	}

	static final class ExpressionSyntaxRule extends InventoryRule {

		ExpressionSyntaxRule() {
			super("ENV-EXPR", "an access expression must parse: role ids combined with and, or, not and parentheses");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			parseAll(inventory, (expression, ex) -> {
				if (!(ex instanceof UnknownRoleException)) {
					report(out, this, expression, ex);
				}
			});
		}

	}

	static final class ExpressionRoleRule extends InventoryRule {

		ExpressionRoleRule() {
			super("ENV-EXPR-ROLE", "an access expression may name only the roles atc, cd-admin, ptl, hp-employee");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			parseAll(inventory, (expression, ex) -> {
				if (ex instanceof UnknownRoleException) {
					report(out, this, expression, ex);
				}
			});
		}

	}

	static final class ChannelRule extends InventoryRule {

		ChannelRule() {
			super("ENV-CHANNEL", "access may hold only the channels api and ssh");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Environment> environment : inventory.environments()) {
				for (String channel : environment.keys(".access")) {
					if (Channel.fromId(channel).isEmpty()) {
						out.add(environment, ".access." + channel, this,
								"unknown channel '" + channel + "'; channels are api, ssh");
					}
				}
			}
		}

	}

	static final class EnvironmentMachineRoleRule extends InventoryRule {

		EnvironmentMachineRoleRule() {
			super("ENV-MACHINE-ROLE", "machines must list only the roles seed-vm-host, seed, undercloud, overcloud");
		}

		@Override
		void check(ParsedInventory inventory, Violations out) {
			for (Located<Environment> environment : inventory.environments()) {
				for (Located<String> role : environment.items(".machines")) {
					if (MachineRole.fromId(role.value()).isEmpty()) {
						out.add(role, "", this, "unknown machine role '" + role.value()
								+ "'; roles are seed-vm-host, seed, undercloud, overcloud");
					}
				}
			}
		}

	}

}
