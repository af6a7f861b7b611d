package kr.fundflow.gateway.auth.jwt;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

	/** A PEM document of the given type around a dummy body (base64). */
	private static ByteArrayResource pem(String type, String base64Body) {
		return new ByteArrayResource(
				TestKeyPair.pem(type, Base64.getDecoder().decode(base64Body)).getBytes(StandardCharsets.US_ASCII));
	}

}
