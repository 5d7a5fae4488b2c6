package org.tripleo.cdcloud.secrets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {

	@Test
	void shouldHideTheValueWhenPrinted() {
		// given
		Secret secret = Secret.of("hunter2");

		// when
		String printed = "password=" + secret + " " + String.format("%s", secret);

		// then
		assertThat(printed).isEqualTo("password=****** ******").doesNotContain("hunter2");
	}

	@Test
	void shouldRevealTheValue() {
		// given
		Secret secret = Secret.of("hunter2");

		// when
		String value = secret.reveal();

		// then
		assertThat(value).isEqualTo("hunter2");
	}

	@Test
	void shouldCompareByValueNotByPrintedForm() {
		// given
		Secret one = Secret.of("hunter2");

		// when
		Secret same = Secret.of("hunter2");
		Secret other = Secret.of("hunter3");

		// then
		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
	}

}
