package kr.fundflow.gateway.auth.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.core.io.Resource;

import kr.fundflow.gateway.auth.application.TokenSigner;
import kr.fundflow.gateway.auth.domain.TokenClaims;
import kr.fundflow.platform.security.JwtClaims;

/**
 * Signs RS256 with the private half of the key pair whose public half the services trust.
 */
public class RsaTokenSigner implements TokenSigner {

	private final RSAPrivateKey privateKey;

	public RsaTokenSigner(RSAPrivateKey privateKey) {
		this.privateKey = privateKey;
	}

	@Override
	public String sign(TokenClaims claims) {
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(claims.issuer())
			.audience(List.of(claims.audience()))
			.subject(claims.identity().subject())
			.claim(JwtClaims.ROLE, claims.identity().role().name())
			.issueTime(Date.from(claims.issuedAt()))
			.expirationTime(Date.from(claims.expiresAt()))
			.jwtID(claims.id());
		claims.identity().region().ifPresent(region -> set.claim(JwtClaims.REGION, region));
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
					set.build());
			jwt.sign(new RSASSASigner(this.privateKey));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a development token", ex);
		}
	}

	/** Reads an unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
	public static RSAPrivateKey readPrivateKey(Resource pem) {
		String text;
		try {
			text = pem.getContentAsString(StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the JWT private key " + pem, ex);
		}
		if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
			throw new IllegalStateException("The JWT private key " + pem + " is not an unencrypted PKCS#8 PEM"
					+ " (-----BEGIN PRIVATE KEY-----); convert it with: openssl pkcs8 -topk8 -nocrypt -in <key>");
		}
		try {
			byte[] der = Base64.getMimeDecoder()
				.decode(text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", ""));
			return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalStateException("Not an RSA private key in PKCS#8 PEM form: " + pem, ex);
		}
	}

}
