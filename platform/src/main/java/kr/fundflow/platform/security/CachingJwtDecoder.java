package kr.fundflow.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers tokens that the delegate has verified, keyed by the whole token text
 * (signature included), until they expire: a client sends the same token with every
 * request, and checking its RS256 signature each time was the largest CPU cost of a
 * request in the gateway and in the services. A token that differs in any character is
 * verified again; an expired one is never served from memory; the memory is bounded
 * ({@code maxEntries}, emptied when full).
 */
public final class CachingJwtDecoder implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder delegate;

	private final Clock clock;

	private final int maxEntries;

	private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

	public CachingJwtDecoder(ReactiveJwtDecoder delegate, Clock clock, int maxEntries) {
		this.delegate = delegate;
		this.clock = clock;
		this.maxEntries = maxEntries;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.get(token);
		if (known != null) {
			if (isCurrent(known)) {
				return Mono.just(known);
			}
			this.verified.remove(token);
		}
		return this.delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
	}

	private void remember(String token, Jwt jwt) {
		if (jwt.getExpiresAt() == null) {
			return;
		}
		if (this.verified.size() >= this.maxEntries) {
			this.verified.clear();
		}
		this.verified.put(token, jwt);
	}

	/**
	 * Still within its validity, without the clock skew the first check allowed: a
	 * remembered token stops being accepted no later than a fresh check would refuse it.
	 */
	private boolean isCurrent(Jwt jwt) {
		Instant now = this.clock.instant();
		return now.isBefore(jwt.getExpiresAt()) && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
	}

}
