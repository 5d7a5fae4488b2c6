package org.tripleo.cdcloud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar ({@code target/cdcloud.jar}, built before the ITs) as an operator
 * would, with the start-up flags of {@code scripts/run-demo.sh}.
 */
public final class CdcloudJar {

	private static final Path JAR = Path.of("target/cdcloud.jar").toAbsolutePath();

	private CdcloudJar() {
	}

	/**
	 * Runs one command and waits for it.
	 * @param workDir the working directory
	 * @param env environment variables added to this JVM's
	 * @param args the command line after {@code java -jar cdcloud.jar}
	 * @return its exit code and output
	 */
	public static Result run(Path workDir, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("cdcloud-out", ".txt");
		Path err = Files.createTempFile("cdcloud-err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("cdcloud " + String.join(" ", args) + " did not finish in 120 s");
		}
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	/**
	 * A finished run.
	 *
	 * @param exit the exit code
	 * @param out standard output
	 * @param err error output
	 */
	public record Result(int exit, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
		}

	}

}
