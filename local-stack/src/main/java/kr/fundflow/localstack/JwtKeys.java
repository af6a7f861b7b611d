package kr.fundflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RS256 key pair of the local stack: the gateway signs dev tokens with the private
 * key, every service checks them with the public key. Generated once per data directory,
 * with plain JDK APIs, and reused so tokens stay valid across restarts.
 *
 * @param privateKeyPem PKCS#8 PEM ({@code BEGIN PRIVATE KEY})
 * @param publicKeyPem X.509 SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY})
 */
public record JwtKeys(Path privateKeyPem, Path publicKeyPem) {

	static final String PRIVATE_KEY_FILE = "jwt-private.pem";

	static final String PUBLIC_KEY_FILE = "jwt-public.pem";

	/** The key files of a data directory's {@code keys} folder. */
	public static JwtKeys in(Path keysDir) {
		return new JwtKeys(keysDir.resolve(PRIVATE_KEY_FILE), keysDir.resolve(PUBLIC_KEY_FILE));
	}

	/**
	 * Makes sure both files exist and belong together; generates a new pair when either
	 * is missing.
	 * @return true if a new pair was generated
	 */
	public boolean ensure() {
		try {
			if (Files.exists(this.privateKeyPem) && Files.exists(this.publicKeyPem)) {
				requireMatchingPair(readPrivateKey(this.privateKeyPem), readPublicKey(this.publicKeyPem));
				return false;
			}
			write(generate());
			return true;
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
			throw new StartupFailure("the JWT keys in " + this.privateKeyPem.getParent() + " are unreadable ("
					+ ex.getMessage() + ") — delete that directory and start again to generate new ones", ex);
		}
	}

	static KeyPair generate() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private void write(KeyPair pair) throws IOException {
		Files.createDirectories(this.privateKeyPem.getParent());
		Files.writeString(this.privateKeyPem, toPem("PRIVATE KEY", pair.getPrivate().getEncoded()),
				StandardCharsets.US_ASCII);
		restrictToOwner(this.privateKeyPem);
		Files.writeString(this.publicKeyPem, toPem("PUBLIC KEY", pair.getPublic().getEncoded()),
				StandardCharsets.US_ASCII);
	}

	static String toPem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	static byte[] fromPem(String pem, String type) {
		String begin = "-----BEGIN " + type + "-----";
		String end = "-----END " + type + "-----";
		int from = pem.indexOf(begin);
		int to = pem.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("not a PEM " + type);
		}
		return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
	}

	static PrivateKey readPrivateKey(Path pem) throws IOException, GeneralSecurityException {
		byte[] der = fromPem(Files.readString(pem, StandardCharsets.US_ASCII), "PRIVATE KEY");
		return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
	}

	static PublicKey readPublicKey(Path pem) throws IOException, GeneralSecurityException {
		byte[] der = fromPem(Files.readString(pem, StandardCharsets.US_ASCII), "PUBLIC KEY");
		return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
	}

	private static void requireMatchingPair(PrivateKey privateKey, PublicKey publicKey) {
		if (privateKey instanceof RSAPrivateCrtKey crt && publicKey instanceof RSAPublicKey rsa
				&& crt.getModulus().equals(rsa.getModulus())) {
			return;
		}
		throw new IllegalArgumentException("the public key does not belong to the private key");
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the directory's ACL applies
		}
	}

}
