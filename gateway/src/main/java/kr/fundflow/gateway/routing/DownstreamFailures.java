package kr.fundflow.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import kr.fundflow.gateway.limits.RequestTooLarge;
import kr.fundflow.platform.web.Problems;

/**
 * What goes wrong between the gateway and a service, as problem details: a service that
 * cannot be reached is 503 (try again shortly), one that does not answer in time is 504,
 * one that hangs up before answering is 502, and a body cut off by the size limit while
 * being relayed is still 413. Everything else goes on to the platform's handlers.
 *
 * <p>
 * A global filter around every route, because errors that leave the route reach the
 * controller advice first, which knows nothing of services.
 */
public class DownstreamFailures implements GlobalFilter, Ordered {

	private static final Log log = LogFactory.getLog(DownstreamFailures.class);

	private final JsonMapper jsonMapper;

	public DownstreamFailures(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return chain.filter(exchange).onErrorResume(ex -> handle(exchange, ex));
	}

	private Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		String service = serviceOf(exchange);
		if (causedBy(ex, RequestTooLarge.class)) {
			return write(exchange, Problems.of(HttpStatus.CONTENT_TOO_LARGE, RequestTooLarge.CODE,
					find(ex, RequestTooLarge.class).getReason()));
		}
		if (causedBy(ex, ConnectException.class) || causedBy(ex, UnknownHostException.class)) {
			log.warn(service + " is unreachable: " + ex.getMessage());
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
			return write(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
					"The " + service + " is unavailable; try again shortly"));
		}
		if (ex instanceof ResponseStatusException status && status.getStatusCode() == HttpStatus.GATEWAY_TIMEOUT) {
			log.warn(service + " did not answer in time: " + ex.getMessage());
			return write(exchange, Problems.of(HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
					"The " + service + " did not answer in time"));
		}
		// closed early (Reactor Netty's PrematureCloseException) or reset (a service
		// killed
		// mid-answer) alike: both are IOExceptions
		if (causedBy(ex, IOException.class)) {
			log.warn(service + " closed the connection: " + ex.getMessage());
			return write(exchange, Problems.of(HttpStatus.BAD_GATEWAY, "bad-gateway",
					"The " + service + " closed the connection before answering"));
		}
		return Mono.error(ex);
	}

	private static String serviceOf(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return (route != null) ? route.getId().replace("-api-docs", "") : "service";
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		return find(ex, type) != null;
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (type.isInstance(suppressed)) {
					return type.cast(suppressed);
				}
			}
		}
		return null;
	}

	private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		problem.setInstance(exchange.getRequest().getURI());
		exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.getStatus()));
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.jsonMapper.writeValueAsBytes(problem);
		return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
	}

	@Override
	public int getOrder() {
		// Before the platform's ProblemDetailsErrorHandler (-2), which would call these
		// 500.
		return -3;
	}

}
