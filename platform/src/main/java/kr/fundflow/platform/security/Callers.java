package kr.fundflow.platform.security;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the {@link Caller} of the current request from the reactive security context. */
public final class Callers {

	private Callers() {
	}

	public static Mono<Caller> current() {
		return ReactiveSecurityContextHolder.getContext()
			.map(context -> context.getAuthentication())
			.filter(JwtAuthenticationToken.class::isInstance)
			.map(authentication -> fromJwt(((JwtAuthenticationToken) authentication).getToken()));
	}

	static Caller fromJwt(Jwt jwt) {
		Role role = Role.valueOf(jwt.getClaimAsString(JwtClaims.ROLE));
		return new Caller(jwt.getSubject(), role, Optional.ofNullable(jwt.getClaimAsString(JwtClaims.REGION)));
	}

}
