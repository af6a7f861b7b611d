package kr.fundflow.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtKeysTests {

	@TempDir
	Path keysDir;

	@Test
	void generatesAPkcs8PrivateKeyAndAnX509PublicKeyOnFirstStart() throws Exception {
		JwtKeys keys = JwtKeys.in(this.keysDir);
		assertThat(keys.ensure()).isTrue();
		String privatePem = Files.readString(keys.privateKeyPem());
		String publicPem = Files.readString(keys.publicKeyPem());
		assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
		assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
		assertThat(privatePem.lines().filter((line) -> !line.startsWith("-----")))
			.allMatch((line) -> line.length() <= 64);
		assertThat(keys.privateKeyPem().getFileName()).hasToString("jwt-private.pem");
		assertThat(keys.publicKeyPem().getFileName()).hasToString("jwt-public.pem");
	}

	@Test
	void theKeysSignAndVerifyRs256() throws Exception {
		JwtKeys keys = JwtKeys.in(this.keysDir);
		keys.ensure();
		byte[] payload = "header.claims".getBytes(StandardCharsets.US_ASCII);
		Signature signer = Signature.getInstance("SHA256withRSA");
		signer.initSign(JwtKeys.readPrivateKey(keys.privateKeyPem()));
		signer.update(payload);
		byte[] signature = signer.sign();
		Signature verifier = Signature.getInstance("SHA256withRSA");
		verifier.initVerify(JwtKeys.readPublicKey(keys.publicKeyPem()));
		verifier.update(payload);
		assertThat(verifier.verify(signature)).isTrue();
		assertThat(((java.security.interfaces.RSAPublicKey) JwtKeys.readPublicKey(keys.publicKeyPem())).getModulus()
			.bitLength()).isEqualTo(2048);
	}

	@Test
	void reusesThePairOnLaterStarts() throws Exception {
		JwtKeys keys = JwtKeys.in(this.keysDir);
		keys.ensure();
		String before = Files.readString(keys.privateKeyPem());
		assertThat(JwtKeys.in(this.keysDir).ensure()).isFalse();
		assertThat(Files.readString(keys.privateKeyPem())).isEqualTo(before);
	}

	@Test
	void regeneratesBothWhenOneIsMissing() throws Exception {
		JwtKeys keys = JwtKeys.in(this.keysDir);
		keys.ensure();
		String before = Files.readString(keys.publicKeyPem());
		Files.delete(keys.privateKeyPem());
		assertThat(keys.ensure()).isTrue();
		assertThat(Files.readString(keys.publicKeyPem())).isNotEqualTo(before);
	}

	@Test
	void aPublicKeyOfAnotherPairIsAOneLineFailure() throws Exception {
		JwtKeys keys = JwtKeys.in(this.keysDir);
		keys.ensure();
		Files.writeString(keys.publicKeyPem(),
				JwtKeys.toPem("PUBLIC KEY", JwtKeys.generate().getPublic().getEncoded()));
		assertThatThrownBy(keys::ensure).isInstanceOf(StartupFailure.class)
			.hasMessageContaining("does not belong")
			.hasMessageContaining("delete that directory");
	}

}
