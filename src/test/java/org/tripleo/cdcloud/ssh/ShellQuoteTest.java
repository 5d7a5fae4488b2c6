package org.tripleo.cdcloud.ssh;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShellQuoteTest {

	@ParameterizedTest
	@ValueSource(strings = { "plain", "", "it's", "'", "''", "a b\tc", "x; touch /tmp/pwned", "$(id)", "`id`",
			"${HOME}", "line1\nline2", "\\'\\", "\"quoted\"", "*", "-n", "a' ; echo 'b" })
	void shouldMakeTheShellSeeTheValueLiterally(String value) throws Exception {
		// given a value quoted for the shell
		String script = "printf '%s' " + ShellQuote.quote(value);
		// when /bin/sh runs it
		Process sh = new ProcessBuilder("/bin/sh", "-c", script).start();
		String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		// then it printed exactly the value: nothing was interpreted
		assertThat(sh.waitFor()).isZero();
		assertThat(out).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\0b" })
	void shouldRefuseNul(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> ShellQuote.quote(value));
	}

}
