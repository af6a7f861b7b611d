package kr.fundflow.gateway.ratelimit.web;

import java.net.InetSocketAddress;
import java.security.Principal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import kr.fundflow.gateway.ratelimit.application.RateLimiter;
import kr.fundflow.gateway.ratelimit.domain.Decision;
import kr.fundflow.platform.web.Problems;

/**
 * Per-caller rate limit: the token's subject once security has verified it, else the
 * client's address. Runs after security, so a caller cannot pick a subject to spread over
 * many buckets. Over the limit: 429 with {@code Retry-After}.
 */
public class RateLimitFilter implements WebFilter, Ordered {

	/**
	 * After Spring Security's filter chain (-100), which puts the verified principal in
	 * place.
	 */
	public static final int ORDER = -50;

	private static final PathPattern HEALTH = PathPatternParser.defaultInstance.parse("/actuator/health/**");

	private final RateLimiter limiter;

	private final JsonMapper jsonMapper;

	private final Counter refused;

	public RateLimitFilter(RateLimiter limiter, JsonMapper jsonMapper, MeterRegistry meters) {
		this.limiter = limiter;
		this.jsonMapper = jsonMapper;
		this.refused = Counter.builder("fundflow.gateway.rate.limited")
			.description("Requests refused with 429 by the per-caller rate limit")
			.register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// Orchestrators' probes are never limited.
		if (HEALTH.matches(exchange.getRequest().getPath().pathWithinApplication())) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map(Principal::getName)
			.map(subject -> "sub:" + subject)
			.switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)))
			.flatMap(this.limiter::take)
			.flatMap(decision -> decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision));
	}

	private static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	private Mono<Void> refuse(ServerWebExchange exchange, Decision decision) {
		this.refused.increment();
		long seconds = decision.retryAfterSeconds();
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
				"Too many requests; try again in " + seconds + " s");
		problem.setInstance(exchange.getRequest().getURI());
		exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.jsonMapper.writeValueAsBytes(problem);
		return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
