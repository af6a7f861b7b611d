package kr.fundflow.platform.security;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import kr.fundflow.platform.web.Problems;

/**
 * Spring Security's own 401 and 403 answers, as problem details like every other error.
 */
public class ProblemDetailsSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final JsonMapper jsonMapper;

	public ProblemDetailsSecurityHandlers(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return write(exchange,
				Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "A valid bearer token is required"));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		return write(exchange, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this"));
	}

	private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		problem.setInstance(exchange.getRequest().getURI());
		exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.getStatus()));
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.jsonMapper.writeValueAsBytes(problem);
		return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
	}

}
