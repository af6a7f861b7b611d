package kr.fundflow.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies over the limit with 413: at once when {@code Content-Length}
 * says so, and while streaming when a chunked body grows past it, so the gateway never
 * relays nor buffers more than the limit.
 */
public class RequestBodyLimit implements WebFilter, Ordered {

	/** Before security: an oversized body is refused before any token is checked. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	private final DataSize limit;

	public RequestBodyLimit(DataSize limit) {
		this.limit = limit;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getHeaders().getContentLength() > this.limit.toBytes()) {
			return Mono.error(new RequestTooLarge(this.limit));
		}
		return chain.filter(exchange.mutate().request(new CappedBody(request, this.limit)).build());
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private static final class CappedBody extends ServerHttpRequestDecorator {

		private final DataSize limit;

		CappedBody(ServerHttpRequest delegate, DataSize limit) {
			super(delegate);
			this.limit = limit;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > this.limit.toBytes()) {
						DataBufferUtils.release(buffer);
						sink.error(new RequestTooLarge(this.limit));
					}
					else {
						sink.next(buffer);
					}
				});
			});
		}

	}

}
