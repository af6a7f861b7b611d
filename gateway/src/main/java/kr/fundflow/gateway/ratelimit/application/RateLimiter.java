package kr.fundflow.gateway.ratelimit.application;

import reactor.core.publisher.Mono;

import kr.fundflow.gateway.ratelimit.domain.Decision;

/** Counts a request against its caller's bucket. */
public interface RateLimiter {

	/**
	 * @param caller who sends the request, e.g. {@code sub:wg-gyeongbuk-1} or
	 * {@code ip:10.0.0.7}
	 */
	Mono<Decision> take(String caller);

}
