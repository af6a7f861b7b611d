package kr.fundflow.gateway.auth.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What a signed development token says: who, in which role and region, from when until
 * when, with a unique id.
 */
public record TokenClaims(DevIdentity identity, String issuer, String audience, Instant issuedAt, Instant expiresAt,
		String id) {

	public static TokenClaims of(DevIdentity identity, String issuer, String audience, Instant now, Duration ttl,
			String id) {
		return new TokenClaims(identity, issuer, audience, now, now.plus(ttl), id);
	}

}
