package kr.fundflow.platform.idempotency;

import java.io.ByteArrayOutputStream;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/**
 * Keeps the handler's body instead of sending it, so that the answer leaves only after
 * the transaction that records it has committed. Status and headers go to the real
 * response as usual (they are sent with the body).
 */
final class BufferedResponse extends ServerHttpResponseDecorator {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	BufferedResponse(ServerHttpResponse delegate) {
		super(delegate);
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> chunks) {
		return Flux.from(chunks).doOnNext(this::keep).then();
	}

	@Override
	public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> chunks) {
		return Flux.from(chunks).concatMap(this::writeWith).then();
	}

	@Override
	public Mono<Void> setComplete() {
		return Mono.empty();
	}

	byte[] body() {
		synchronized (this.body) {
			return this.body.toByteArray();
		}
	}

	private void keep(DataBuffer chunk) {
		try {
			byte[] bytes = new byte[chunk.readableByteCount()];
			chunk.read(bytes);
			synchronized (this.body) {
				this.body.writeBytes(bytes);
			}
		}
		finally {
			DataBufferUtils.release(chunk);
		}
	}

}
