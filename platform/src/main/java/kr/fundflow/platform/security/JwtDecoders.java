package kr.fundflow.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Builds the decoder: RS256 only (so {@code alg: none} and HMAC tricks fail), expiry,
 * issuer and audience checked, and a known {@code role} claim required; a verified token
 * is remembered until it expires.
 */
public final class JwtDecoders {

	/** Verified tokens remembered until they expire (see {@link CachingJwtDecoder}). */
	private static final int VERIFIED_TOKENS_KEPT = 10_000;

	private JwtDecoders() {
	}

	public static ReactiveJwtDecoder rs256(JwtProperties properties) {
		if (properties.publicKeyLocation() == null || !properties.publicKeyLocation().exists()) {
			throw new IllegalStateException(
					"No JWT public key: set JWT_PUBLIC_KEY_LOCATION (e.g. file:/keys/jwt-public.pem)"
							+ " — the local stack generates one under .local-stack/keys");
		}
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withPublicKey(readPublicKey(properties.publicKeyLocation()))
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
						audience(properties.audience()), JwtDecoders::knownRole));
		return new CachingJwtDecoder(decoder, Clock.systemUTC(), VERIFIED_TOKENS_KEPT);
	}

	public static RSAPublicKey readPublicKey(Resource pem) {
		try {
			String text = pem.getContentAsString(StandardCharsets.US_ASCII);
			byte[] der = Base64.getMimeDecoder()
				.decode(text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", ""));
			return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not an RSA public key in PEM form: " + pem, ex);
		}
	}

	private static OAuth2TokenValidator<Jwt> audience(String expected) {
		return jwt -> (jwt.getAudience() != null && jwt.getAudience().contains(expected))
				? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
						"The " + JwtClaimNames.AUD + " claim does not contain " + expected, null));
	}

	private static OAuth2TokenValidatorResult knownRole(Jwt jwt) {
		String role = jwt.getClaimAsString(JwtClaims.ROLE);
		for (Role candidate : Role.values()) {
			if (candidate.name().equals(role)) {
				return OAuth2TokenValidatorResult.success();
			}
		}
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Unknown role " + role, null));
	}

}
