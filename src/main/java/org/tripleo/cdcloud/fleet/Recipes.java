package org.tripleo.cdcloud.fleet;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads recipes from their folder on every use, so an edited recipe applies to the next
 * job without a restart. Format: {@code inventory/recipes/README.md}.
 */
final class Recipes {

	private static final Pattern RECIPE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Set<String> RECIPE_FIELDS = Set.of("description", "parameters", "steps");

	private static final Set<String> PARAMETER_FIELDS = Set.of("type", "pattern", "default");

	private static final Set<String> STEP_FIELDS = Set.of("name", "run", "timeout", "allowed-exit-codes",
			"changed-when");

	private final Path dir;

	Recipes(Path dir) {
		this.dir = dir;
	}

	/**
	 * Loads one recipe.
	 * @param name the recipe name
	 * @return the recipe
	 * @throws FleetException if there is no such recipe or it is invalid
	 */
	Recipe get(String name) {
		if (name == null || !RECIPE_NAME.matcher(name).matches()) {
			throw FleetException.invalid("recipe name must match " + RECIPE_NAME.pattern());
		}
		Path file = dir.resolve(name + ".yaml");
		if (!Files.isRegularFile(file)) {
			throw FleetException.invalid("no recipe " + name + " (" + file + ")");
		}
		try (Reader reader = Files.newBufferedReader(file)) {
			Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return parse(name, map(yaml, file.toString(), RECIPE_FIELDS));
		}
		catch (IOException | RuntimeException ex) {
			throw (ex instanceof FleetException fleet) ? fleet
					: FleetException.invalid("recipe " + file + " is invalid: " + ex.getMessage());
		}
	}

	private static Recipe parse(String name, Map<String, Object> yaml) {
		Map<String, RecipeParameter> parameters = new LinkedHashMap<>();
		map(yaml.getOrDefault("parameters", Map.of()), "parameters", null).forEach((key, value) -> {
			if (!RecipeParameter.NAME.matcher(key).matches() || Recipe.HOST_VARIABLE.equals(key)) {
				throw FleetException.invalid("parameter name '" + key + "' must match " + RecipeParameter.NAME.pattern()
						+ " and not be 'host'");
			}
			parameters.put(key, parameter(key, map(value, "parameters." + key, PARAMETER_FIELDS)));
		});
		List<RecipeStep> steps = new ArrayList<>();
		if (!(yaml.get("steps") instanceof List<?> list) || list.isEmpty()) {
			throw FleetException.invalid("recipe " + name + " needs a non-empty list 'steps'");
		}
		for (Object step : list) {
			steps.add(step(map(step, "steps[" + steps.size() + "]", STEP_FIELDS)));
		}
		return new Recipe(name, String.valueOf(yaml.getOrDefault("description", "")), parameters, steps);
	}

	private static RecipeParameter parameter(String name, Map<String, Object> yaml) {
		String type = String.valueOf(yaml.getOrDefault("type", "string"));
		if (!type.equals("string") && !type.equals("integer")) {
			throw FleetException.invalid("parameter " + name + ": type must be string or integer");
		}
		Object pattern = yaml.get("pattern");
		if (pattern == null && type.equals("string")) {
			throw FleetException.invalid("parameter " + name + ": a string parameter needs a pattern");
		}
		Object defaultValue = yaml.get("default");
		return new RecipeParameter(name, type, Pattern.compile((pattern != null) ? pattern.toString() : ".*"),
				(defaultValue != null) ? defaultValue.toString() : null);
	}

	private static RecipeStep step(Map<String, Object> yaml) {
		Object name = yaml.get("name");
		Object run = yaml.get("run");
		if (name == null || run == null) {
			throw FleetException.invalid("every step needs 'name' and 'run'");
		}
		Duration timeout = DurationStyle.detectAndParse(String.valueOf(yaml.getOrDefault("timeout", "10m")));
		Set<Integer> allowed = new LinkedHashSet<>();
		for (Object code : (List<?>) yaml.getOrDefault("allowed-exit-codes", List.of(0))) {
			allowed.add(Integer.valueOf(code.toString()));
		}
		Object changed = yaml.get("changed-when");
		try {
			return new RecipeStep(name.toString(), run.toString(), timeout, allowed,
					(changed != null) ? Pattern.compile(changed.toString()) : null);
		}
		catch (PatternSyntaxException ex) {
			throw FleetException.invalid("step " + name + ": changed-when is not a regular expression");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object yaml, String where, Set<String> allowed) {
		if (!(yaml instanceof Map<?, ?> map)) {
			throw FleetException.invalid(where + " must be a mapping");
		}
		if (allowed != null) {
			map.keySet()
				.stream()
				.filter((key) -> !allowed.contains(String.valueOf(key)))
				.findFirst()
				.ifPresent((key) -> {
					throw FleetException.invalid(where + ": unknown field '" + key + "'");
				});
		}
		return (Map<String, Object>) map;
	}

}
