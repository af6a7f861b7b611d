package kr.fundflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs test tokens with a key pair made for this JVM; services under test read its
 * public key from {@link #publicKeyLocation()}. Also makes the bad tokens that must be
 * refused.
 */
public final class TestJwt {

	public static final String ISSUER = "fundflow";

	public static final String AUDIENCE = "fundflow-api";

	private static final KeyPair KEYS = generate();

	private static final KeyPair STRANGER_KEYS = generate();

	private static Path publicKeyFile;

	private TestJwt() {
	}

	/**
	 * {@code file:} URL of the PEM public key, for
	 * {@code fundflow.security.jwt.public-key-location}.
	 */
	public static synchronized String publicKeyLocation() {
		if (publicKeyFile == null) {
			try {
				publicKeyFile = Files.createTempFile("fundflow-test-jwt", ".pem");
				publicKeyFile.toFile().deleteOnExit();
				Files.writeString(publicKeyFile,
						"-----BEGIN PUBLIC KEY-----\n"
								+ Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
								+ "\n-----END PUBLIC KEY-----\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return publicKeyFile.toUri().toString();
	}

	public static String token(String subject, String role) {
		return token(subject, role, null);
	}

	public static String token(String subject, String role, String region) {
		return sign(KEYS, claims(subject, role, region, ISSUER, AUDIENCE, Duration.ofHours(1)));
	}

	public static String expiredToken(String subject, String role) {
		return sign(KEYS, claims(subject, role, null, ISSUER, AUDIENCE, Duration.ofMinutes(-10)));
	}

	public static String tokenSignedByStranger(String subject, String role) {
		return sign(STRANGER_KEYS, claims(subject, role, null, ISSUER, AUDIENCE, Duration.ofHours(1)));
	}

	public static String tokenWithIssuer(String subject, String role, String issuer) {
		return sign(KEYS, claims(subject, role, null, issuer, AUDIENCE, Duration.ofHours(1)));
	}

	public static String tokenWithAudience(String subject, String role, String audience) {
		return sign(KEYS, claims(subject, role, null, ISSUER, audience, Duration.ofHours(1)));
	}

	/** An unsigned token ({@code alg: none}) with otherwise valid claims. */
	public static String unsignedToken(String subject, String role) {
		Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
		String header = url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
		String payload = url
			.encodeToString(claims(subject, role, null, ISSUER, AUDIENCE, Duration.ofHours(1)).toString().getBytes());
		return header + "." + payload + ".";
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	private static JWTClaimsSet claims(String subject, String role, String region, String issuer, String audience,
			Duration ttl) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer(issuer)
			.audience(List.of(audience))
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now.minus(Duration.ofMinutes(15))))
			.expirationTime(Date.from(now.plus(ttl)))
			.claim("role", role);
		if (region != null) {
			claims.claim("region", region);
		}
		return claims.build();
	}

	private static String sign(KeyPair keys, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RSAPublicKey publicKey() {
		return (RSAPublicKey) KEYS.getPublic();
	}

}
