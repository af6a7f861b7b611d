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
		ByteArrayResource pkcs1 = new ByteArrayResource(
				"-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n"
					.getBytes(StandardCharsets.US_ASCII));
		assertThatIllegalStateException().isThrownBy(() -> RsaTokenSigner.readPrivateKey(pkcs1))
			.withMessageContaining("openssl pkcs8 -topk8 -nocrypt");
	}

	@Test
	void refusesAPemThatIsNotAnRsaKey() {
		ByteArrayResource garbage = new ByteArrayResource(
				"-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"
					.getBytes(StandardCharsets.US_ASCII));
		assertThatIllegalStateException().isThrownBy(() -> RsaTokenSigner.readPrivateKey(garbage))
			.withMessageContaining("Not an RSA private key");
	}

}
