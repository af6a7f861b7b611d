package kr.fundflow.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * An RSA key pair written as the local stack writes it: the public half as X.509 PEM, the
 * private half as PKCS#8 PEM.
 */
public final class TestKeyPair {

	private final KeyPair keys;

	private final Path publicPem;

	private final Path privatePem;

	private TestKeyPair(KeyPair keys, Path publicPem, Path privatePem) {
		this.keys = keys;
		this.publicPem = publicPem;
		this.privatePem = privatePem;
	}

	public static TestKeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair keys = generator.generateKeyPair();
			Path publicPem = Files.createTempFile("gateway-test-jwt-public", ".pem");
			Path privatePem = Files.createTempFile("gateway-test-jwt-private", ".pem");
			publicPem.toFile().deleteOnExit();
			privatePem.toFile().deleteOnExit();
			Files.writeString(publicPem, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
			Files.writeString(privatePem, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
			return new TestKeyPair(keys, publicPem, privatePem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	public String publicKeyLocation() {
		return this.publicPem.toUri().toString();
	}

	public String privateKeyLocation() {
		return this.privatePem.toUri().toString();
	}

	public RSAPublicKey publicKey() {
		return (RSAPublicKey) this.keys.getPublic();
	}

	public RSAPrivateKey privateKey() {
		return (RSAPrivateKey) this.keys.getPrivate();
	}

}
