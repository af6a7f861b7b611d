package kr.fundflow.platform.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Errors raised outside controllers (filters, routing, body limits) also answer with
 * problem details instead of Boot's default error JSON.
 */
public class ProblemDetailsErrorHandler implements WebExceptionHandler, Ordered {

	private static final Log log = LogFactory.getLog(ProblemDetailsErrorHandler.class);

	private final JsonMapper jsonMapper;

	public ProblemDetailsErrorHandler(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		HttpStatusCode status = (ex instanceof ResponseStatusException rse) ? rse.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			log.error("Unhandled error on " + exchange.getRequest().getPath(), ex);
		}
		String detail = (ex instanceof ResponseStatusException rse && rse.getReason() != null) ? rse.getReason()
				: (status.is5xxServerError() ? "An unexpected error occurred" : "The request cannot be served");
		ProblemDetail problem = Problems.of(status, codeOf(status), detail);
		problem.setInstance(exchange.getRequest().getURI());
		exchange.getResponse().setStatusCode(status);
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = exchange.getResponse().bufferFactory().wrap(this.jsonMapper.writeValueAsBytes(problem));
		return exchange.getResponse().writeWith(Mono.just(body));
	}

	private static String codeOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "invalid-input";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			case 503 -> "unavailable";
			default -> status.is5xxServerError() ? "internal-error" : "request-error";
		};
	}

	@Override
	public int getOrder() {
		// Before Boot's DefaultErrorWebExceptionHandler (-1).
		return -2;
	}

}
