package kr.fundflow.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How bearer tokens are verified: RS256 signature with this public key, this issuer and
 * this audience.
 *
 * @param publicKeyLocation PEM (X.509 SubjectPublicKeyInfo), e.g.
 * {@code file:/keys/jwt-public.pem}
 * @param issuer expected {@code iss}
 * @param audience expected entry of {@code aud}
 */
@ConfigurationProperties("fundflow.security.jwt")
public record JwtProperties(Resource publicKeyLocation, String issuer, String audience) {

	public JwtProperties {
		issuer = (issuer != null) ? issuer : "fundflow";
		audience = (audience != null) ? audience : "fundflow-api";
	}

}
