package kr.fundflow.gateway.auth.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a signed development token says: who, in which role and region, from when until
 * when, with a unique id.
 */
public record TokenClaims(DevIdentity identity, String issuer, String audience, Instant issuedAt, Instant expiresAt,
		String id) {

	/**
	 * JWT times are whole seconds; so are these, so that what is said matches what is
	 * signed.
	 */
	public static TokenClaims of(DevIdentity identity, String issuer, String audience, Instant now, Duration ttl,
			String id) {
		Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
		return new TokenClaims(identity, issuer, audience, issuedAt, issuedAt.plus(ttl), id);
	}

}
