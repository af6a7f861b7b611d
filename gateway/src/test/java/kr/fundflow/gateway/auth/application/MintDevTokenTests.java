package kr.fundflow.gateway.auth.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import kr.fundflow.gateway.auth.domain.DevIdentity;
import kr.fundflow.gateway.auth.jwt.RsaTokenSigner;
import kr.fundflow.gateway.support.TestKeyPair;

import static org.assertj.core.api.Assertions.assertThat;

class MintDevTokenTests {

	private static final TestKeyPair KEYS = TestKeyPair.generate();

	private static final Instant NOW = Instant.parse("2026-06-30T09:00:00Z");

	private final MintDevToken mint = new MintDevToken(new RsaTokenSigner(KEYS.privateKey()),
			Clock.fixed(NOW, ZoneOffset.UTC), "fundflow", "fundflow-api", Duration.ofHours(8));

	@Test
	void signsTheIdentityWithIssuerAudienceAndAnEightHourLife() throws Exception {
		IssuedToken issued = this.mint.mint(DevIdentity.of("wg-incheon-1", "WORKING_GROUP", "INCHEON"));

		SignedJWT jwt = SignedJWT.parse(issued.token());
		assertThat(jwt.verify(new RSASSAVerifier(KEYS.publicKey()))).isTrue();
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("wg-incheon-1");
		assertThat(claims.getStringClaim("role")).isEqualTo("WORKING_GROUP");
		assertThat(claims.getStringClaim("region")).isEqualTo("INCHEON");
		assertThat(claims.getIssuer()).isEqualTo("fundflow");
		assertThat(claims.getAudience()).containsExactly("fundflow-api");
		assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
		assertThat(claims.getExpirationTime()).isEqualTo(Date.from(Instant.parse("2026-06-30T17:00:00Z")));
		assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-06-30T17:00:00Z"));
		assertThat(claims.getJWTID()).hasSize(36);
	}

	@Test
	void aTokenWithoutRegionHasNoRegionClaim() throws Exception {
		IssuedToken issued = this.mint.mint(DevIdentity.of("fund-operator", "OPERATOR", null));
		assertThat(SignedJWT.parse(issued.token()).getJWTClaimsSet().getClaims()).doesNotContainKey("region");
	}

	@Test
	void eachTokenHasItsOwnId() throws Exception {
		DevIdentity analyst = DevIdentity.of("ministry-analyst", "MINISTRY", null);
		String first = SignedJWT.parse(this.mint.mint(analyst).token()).getJWTClaimsSet().getJWTID();
		String second = SignedJWT.parse(this.mint.mint(analyst).token()).getJWTClaimsSet().getJWTID();
		assertThat(first).isNotEqualTo(second);
	}

}
