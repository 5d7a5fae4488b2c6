package org.tripleo.cdcloud.inventory;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RoleExpressionTest {

	@Test
	void shouldBindAndTighterThanOr() {
		// given
		RoleExpression expression = RoleExpression.parse("atc or cd-admin and ptl");

		// when / then
		assertThat(expression.matches(Set.of(Role.ATC))).isTrue();
		assertThat(expression.matches(Set.of(Role.CD_ADMIN))).isFalse();
		assertThat(expression.matches(Set.of(Role.CD_ADMIN, Role.PTL))).isTrue();
	}

	@Test
	void shouldBindNotTighterThanAnd() {
		// given
		RoleExpression expression = RoleExpression.parse("not atc and ptl");

		// when / then
		assertThat(expression.matches(Set.of(Role.PTL))).isTrue();
		assertThat(expression.matches(Set.of(Role.ATC, Role.PTL))).isFalse();
		assertThat(expression.matches(Set.of())).isFalse();
	}

	@Test
	void shouldLetParenthesesOverridePrecedence() {
		// given
		RoleExpression expression = RoleExpression.parse("(atc or cd-admin) and not (hp-employee)");

		// when / then
		assertThat(expression.matches(Set.of(Role.CD_ADMIN))).isTrue();
		assertThat(expression.matches(Set.of(Role.ATC, Role.HP_EMPLOYEE))).isFalse();
		assertThat(expression.matches(Set.of(Role.PTL))).isFalse();
	}

	@Test
	void shouldKeepTheTextAsWritten() {
		// given
		String text = "  atc   and hp-employee ";

		// when
		RoleExpression expression = RoleExpression.parse(text);

		// then
		assertThat(expression.text()).isEqualTo("atc   and hp-employee");
		assertThat(expression).hasToString("atc   and hp-employee");
	}

	@Test
	void shouldNameTheColumnOfAnUnknownRole() {
		// given
		String text = "atc and admin";

		// when
		UnknownRoleException thrown = catchThrowableOfType(UnknownRoleException.class,
				() -> RoleExpression.parse(text));

		// then
		assertThat(thrown.column()).isEqualTo(9);
		assertThat(thrown.role()).isEqualTo("admin");
		assertThat(thrown).hasMessageStartingWith("column 9: unknown role 'admin'");
	}

	@Test
	void shouldNameTheColumnOfAnUnknownToken() {
		// given
		String text = "atc && ptl";

		// when
		RoleExpressionException thrown = catchThrowableOfType(RoleExpressionException.class,
				() -> RoleExpression.parse(text));

		// then
		assertThat(thrown).isNotInstanceOf(UnknownRoleException.class);
		assertThat(thrown.column()).isEqualTo(5);
		assertThat(thrown.reason()).isEqualTo("unexpected '&'");
	}

	@Test
	void shouldTreatUpperCaseKeywordsAsUnexpected() {
		// given
		String text = "atc AND ptl";

		// when
		RoleExpressionException thrown = catchThrowableOfType(RoleExpressionException.class,
				() -> RoleExpression.parse(text));

		// then
		assertThat(thrown.column()).isEqualTo(5);
		assertThat(thrown.reason()).isEqualTo("unexpected 'AND'");
	}

	@Test
	void shouldReportAnUnclosedParenthesisAtTheEnd() {
		// given
		String text = "(atc or ptl";

		// when
		RoleExpressionException thrown = catchThrowableOfType(RoleExpressionException.class,
				() -> RoleExpression.parse(text));

		// then
		assertThat(thrown.column()).isEqualTo(12);
		assertThat(thrown.reason()).isEqualTo("expected ')' to close the '(' at column 1");
	}

	@Test
	void shouldRejectAMissingOperand() {
		// given
		String text = "atc and";

		// when
		RoleExpressionException thrown = catchThrowableOfType(RoleExpressionException.class,
				() -> RoleExpression.parse(text));

		// then
		assertThat(thrown.column()).isEqualTo(8);
		assertThat(thrown.reason()).isEqualTo("expected a role or '(' but the expression ended");
	}

	@Test
	void shouldRejectAKeywordWhereARoleBelongs() {
		// given
		String text = "or atc";

		// when
		RoleExpressionException thrown = catchThrowableOfType(RoleExpressionException.class,
				() -> RoleExpression.parse(text));

		// then
		assertThat(thrown.column()).isEqualTo(1);
		assertThat(thrown.reason()).isEqualTo("expected a role or '(' but found 'or'");
	}

}
