package kr.fundflow.platform.idempotency;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;

/** The request with its body already read (to fingerprint it), readable once more. */
final class CachedBodyRequest extends ServerHttpRequestDecorator {

	private final byte[] body;

	CachedBodyRequest(ServerHttpRequest delegate, byte[] body) {
		super(delegate);
		this.body = body;
	}

	@Override
	public Flux<DataBuffer> getBody() {
		return (this.body.length == 0) ? Flux.empty()
				: Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(this.body)));
	}

}
