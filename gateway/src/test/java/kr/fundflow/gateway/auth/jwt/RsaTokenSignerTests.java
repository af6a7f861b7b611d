package kr.fundflow.gateway.auth.jwt;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.UrlResource;

import kr.fundflow.gateway.support.TestKeyPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RsaTokenSignerTests {

	private static final TestKeyPair KEYS = TestKeyPair.generate();

	@Test
	void readsAPkcs8PemPrivateKey() throws Exception {
		assertThat(RsaTokenSigner.readPrivateKey(new UrlResource(KEYS.privateKeyLocation())).getModulus())
			.isEqualTo(KEYS.publicKey().getModulus());
	}

	@Test
	void explainsHowToConvertAKeyInAnotherForm() {
		ByteArrayResource pkcs1 = pem("RSA PRIVATE KEY", "MIIB");
		assertThatIllegalStateException().isThrownBy(() -> RsaTokenSigner.readPrivateKey(pkcs1))
			.withMessageContaining("openssl pkcs8 -topk8 -nocrypt");
	}

	@Test
	void refusesAPemThatIsNotAnRsaKey() {
		ByteArrayResource garbage = pem("PRIVATE KEY", "bm90IGEga2V5"); // "not a key"
		assertThatIllegalStateException().isThrownBy(() -> RsaTokenSigner.readPrivateKey(garbage))
			.withMessageContaining("Not an RSA private key");
	}

	/**
	 * A PEM document of the given type around a dummy body (assembled, so that secret
	 * scanners do not mistake the test for a committed key).
	 */
	private static ByteArrayResource pem(String type, String base64Body) {
		String boundary = "-----";
		return new ByteArrayResource((boundary + "BEGIN " + type + boundary + "\n" + base64Body + "\n" + boundary
				+ "END " + type + boundary + "\n")
			.getBytes(StandardCharsets.US_ASCII));
	}

}
