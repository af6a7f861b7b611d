package kr.fundflow.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class KeepAliveReadFixTests {

	private final String before = System.getProperty(KeepAliveReadFix.PROPERTY);

	@AfterEach
	void restore() {
		if (this.before == null) {
			System.clearProperty(KeepAliveReadFix.PROPERTY);
		}
		else {
			System.setProperty(KeepAliveReadFix.PROPERTY, this.before);
		}
	}

	@Test
	void turnsTheSettingOnUnlessItWasSetExplicitly() {
		System.clearProperty(KeepAliveReadFix.PROPERTY);
		new KeepAliveReadFix().postProcessEnvironment(new MockEnvironment(), new SpringApplication());
		assertThat(System.getProperty(KeepAliveReadFix.PROPERTY)).isEqualTo("true");

		System.setProperty(KeepAliveReadFix.PROPERTY, "false");
		new KeepAliveReadFix().postProcessEnvironment(new MockEnvironment(), new SpringApplication());
		assertThat(System.getProperty(KeepAliveReadFix.PROPERTY)).isEqualTo("false");
	}

}
