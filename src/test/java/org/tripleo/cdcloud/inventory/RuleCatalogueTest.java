package org.tripleo.cdcloud.inventory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule catalogue of {@code inventory/README.md}, the rules in the code, the bad-file
 * directories and the rule tests are one and the same list.
 */
class RuleCatalogueTest {

	private static final Pattern README_ROW = Pattern.compile("(?m)^\\| `([A-Z0-9-]+)` \\|");

	@Test
	void shouldDocumentExactlyTheRulesTheCodeChecks() throws IOException {
		// given
		List<String> documented = documentedRuleIds();

		// when
		List<String> implemented = List.copyOf(InventoryLoader.rules().keySet());

		// then
		assertThat(documented).containsExactlyElementsOf(implemented);
	}

	@Test
	void shouldHaveABadFileDirectoryForEveryDocumentedRule() throws IOException {
		// given
		List<String> documented = documentedRuleIds();

		// when
		List<String> directories = TestInventory.list(TestInventory.INVALID)
			.stream()
			.map((path) -> path.getFileName().toString())
			.toList();

		// then
		assertThat(directories).containsExactlyInAnyOrderElementsOf(documented);
	}

	@Test
	void shouldHaveExactlyOneTestForEveryDocumentedRule() throws IOException {
		// given
		List<String> documented = documentedRuleIds();

		// when
		List<String> tested = new ArrayList<>();
		for (Class<?> group : InventoryRuleTest.class.getDeclaredClasses()) {
			if (group.isAnnotationPresent(Nested.class)) {
				Arrays.stream(group.getDeclaredMethods())
					.filter((method) -> method.isAnnotationPresent(Test.class))
					.map(RuleCatalogueTest::ruleIdOf)
					.forEach(tested::add);
			}
		}

		// then
		assertThat(tested).containsExactlyInAnyOrderElementsOf(documented);
	}

	private static String ruleIdOf(Method test) {
		return test.getAnnotation(DisplayName.class).value().split(" ")[0];
	}

	private static List<String> documentedRuleIds() throws IOException {
		Matcher row = README_ROW.matcher(Files.readString(Path.of("inventory/README.md")));
		List<String> ids = new ArrayList<>();
		while (row.find()) {
			ids.add(row.group(1));
		}
		return ids;
	}

}
