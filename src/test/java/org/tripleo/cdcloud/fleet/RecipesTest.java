package org.tripleo.cdcloud.fleet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipesTest {

	@TempDir
	Path dir;

	@Test
	void shouldReadTheRepositoryRecipe() {
		Recipe recipe = new Recipes(Path.of("inventory/recipes")).get("nova-from-review");
		assertThat(recipe.steps()).extracting(RecipeStep::name)
			.containsExactly("fetch-review", "pip-install", "collect-config");
		assertThat(recipe.steps().get(0).timeout()).isEqualTo(Duration.ofMinutes(5));
		assertThat(recipe.validate(Map.of("review", "123456/3"))).containsEntry("review", "123456/3");
	}

	@Test
	void shouldRefuseValuesOutsideThePatternWithoutRepeatingThem() {
		Recipe recipe = new Recipes(Path.of("inventory/recipes")).get("nova-from-review");
		assertThatThrownBy(() -> recipe.validate(Map.of("review", "1; rm -rf /"))).isInstanceOf(FleetException.class)
			.hasMessageContaining("'review'")
			.hasMessageNotContaining("rm -rf");
		assertThatThrownBy(() -> recipe.validate(Map.of())).hasMessageContaining("needs parameter 'review'");
		assertThatThrownBy(() -> recipe.validate(Map.of("review", "1", "other", "x")))
			.hasMessageContaining("no parameter 'other'");
	}

	@Test
	void shouldRefuseInvalidRecipes() throws Exception {
		Files.writeString(dir.resolve("a.yaml"), "steps: []\n");
		Files.writeString(dir.resolve("b.yaml"), "steps:\n  - name: x\n    run: y\n    bogus: 1\n");
		Files.writeString(dir.resolve("c.yaml"),
				"parameters:\n  PATH:\n    pattern: .*\nsteps:\n  - {name: x, run: y}\n");
		Recipes recipes = new Recipes(dir);
		assertThatThrownBy(() -> recipes.get("a")).hasMessageContaining("non-empty list 'steps'");
		assertThatThrownBy(() -> recipes.get("b")).hasMessageContaining("unknown field 'bogus'");
		assertThatThrownBy(() -> recipes.get("c")).hasMessageContaining("parameter name 'PATH'");
		assertThatThrownBy(() -> recipes.get("../etc/passwd")).hasMessageContaining("recipe name must match");
	}

	@Test
	void shouldHandValuesToTheScriptAsLiteralVariables() throws Exception {
		// given a step that prints its parameter and a value full of shell syntax
		RecipeStep step = new RecipeStep("s", "printf '%s|%s' \"$v\" \"$host\"", Duration.ofSeconds(5), Set.of(0),
				null);
		String value = "a'; touch pwned; $(id) `id` \"q\"";
		// when sh runs the script
		String out = sh(Recipe.script(step, "oc-171", Map.of("v", value)));
		// then the value arrived unchanged and nothing ran
		assertThat(out).isEqualTo(value + "|oc-171");
		assertThat(dir.resolve("pwned")).doesNotExist();
	}

	@Test
	void shouldRunAGuardedStepOnlyOnce() throws Exception {
		String script = Recipe.once("echo ran >> \"$HOME/count\"", "receipts/r1", Set.of(0));
		sh(script);
		sh(script);
		assertThat(Files.readString(dir.resolve("count"))).isEqualTo("ran\n");
	}

	private String sh(String script) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script).directory(dir.toFile());
		builder.environment().put("HOME", dir.toString());
		Process sh = builder.start();
		String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		sh.waitFor();
		return out;
	}

}
