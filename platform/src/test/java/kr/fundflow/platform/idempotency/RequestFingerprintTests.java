package kr.fundflow.platform.idempotency;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTests {

	private static final byte[] BODY = "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void theSameRequestHasTheSameFingerprint() {
		assertThat(RequestFingerprint.of("POST", "/api/funds", null, BODY))
			.isEqualTo(RequestFingerprint.of("POST", "/api/funds", "", BODY.clone()))
			.hasSize(64);
	}

	@Test
	void anyDifferenceInPathQueryOrBodyChangesTheFingerprint() {
		String original = RequestFingerprint.of("POST", "/api/funds", "a=1", BODY);
		assertThat(RequestFingerprint.of("POST", "/api/fund", "sa=1", BODY)).isNotEqualTo(original);
		assertThat(RequestFingerprint.of("POST", "/api/funds", "a=2", BODY)).isNotEqualTo(original);
		assertThat(
				RequestFingerprint.of("POST", "/api/funds", "a=1", "{\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(original);
		assertThat(RequestFingerprint.of("PUT", "/api/funds", "a=1", BODY)).isNotEqualTo(original);
	}

	@Test
	void aKeyIsOneToTwoHundredFiftyFiveVisibleAsciiCharacters() {
		assertThat(RequestFingerprint.isValidKey("3f2c1f1e-9a7b-4f7e-8d55-0c4f3b9d2a10")).isTrue();
		assertThat(RequestFingerprint.isValidKey("x".repeat(255))).isTrue();
		assertThat(RequestFingerprint.isValidKey("!~")).isTrue();
		assertThat(RequestFingerprint.isValidKey("")).isFalse();
		assertThat(RequestFingerprint.isValidKey(null)).isFalse();
		assertThat(RequestFingerprint.isValidKey("x".repeat(256))).isFalse();
		assertThat(RequestFingerprint.isValidKey("a b")).isFalse();
		assertThat(RequestFingerprint.isValidKey("a\u0000b")).isFalse();
		assertThat(RequestFingerprint.isValidKey("키")).isFalse();
	}

}
