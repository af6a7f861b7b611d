package kr.fundflow.gateway.auth.application;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import kr.fundflow.gateway.auth.domain.DevIdentity;
import kr.fundflow.gateway.auth.domain.TokenClaims;

/**
 * Mints a bearer token for a local demo identity (local profile only: anyone may ask, so
 * it must never run where real data lives).
 */
public class MintDevToken {

	private final TokenSigner signer;

	private final Clock clock;

	private final String issuer;

	private final String audience;

	private final Duration timeToLive;

	public MintDevToken(TokenSigner signer, Clock clock, String issuer, String audience, Duration timeToLive) {
		this.signer = signer;
		this.clock = clock;
		this.issuer = issuer;
		this.audience = audience;
		this.timeToLive = timeToLive;
	}

	public IssuedToken mint(DevIdentity identity) {
		TokenClaims claims = TokenClaims.of(identity, this.issuer, this.audience, this.clock.instant(), this.timeToLive,
				UUID.randomUUID().toString());
		return new IssuedToken(this.signer.sign(claims), claims.expiresAt(), identity);
	}

}
