package kr.fundflow.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTests {

	private static final Instant ISSUED = Instant.parse("2026-01-10T00:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	private final ReactiveJwtDecoder verifier = token -> {
		this.verifications.incrementAndGet();
		if (token.startsWith("bad")) {
			return Mono.error(new BadJwtException("bad signature"));
		}
		return Mono.just(Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("analyst")
			.issuedAt(ISSUED)
			.expiresAt(ISSUED.plusSeconds(3600))
			.build());
	};

	@Test
	void verifiesATokenOnceWhileItIsValid() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifier, at(ISSUED.plusSeconds(10)), 100);

		decoder.decode("token-a").block();
		Jwt again = decoder.decode("token-a").block();

		assertThat(again.getSubject()).isEqualTo("analyst");
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void verifiesEveryDifferentTokenItself() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifier, at(ISSUED.plusSeconds(10)), 100);

		decoder.decode("token-a").block();
		decoder.decode("token-b").block();

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void neverRemembersARefusedToken() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifier, at(ISSUED.plusSeconds(10)), 100);

		assertThatThrownBy(() -> decoder.decode("bad-token").block()).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("bad-token").block()).isInstanceOf(BadJwtException.class);

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void anExpiredTokenIsVerifiedAgainNotServedFromMemory() {
		MutableClock clock = new MutableClock(ISSUED.plusSeconds(10));
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifier, clock, 100);
		decoder.decode("token-a").block();

		clock.now = ISSUED.plusSeconds(3600);
		decoder.decode("token-a").block();

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void forgetsEverythingWhenFull() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifier, at(ISSUED.plusSeconds(10)), 2);
		decoder.decode("token-a").block();
		decoder.decode("token-b").block();
		decoder.decode("token-c").block();

		decoder.decode("token-a").block();

		assertThat(this.verifications).hasValue(4);
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
