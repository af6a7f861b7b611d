package kr.fundflow.fund.flow;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An open {@code /api/dashboard/stream}, read as it arrives: events and heartbeat
 * comments queue up in arrival order until the test takes them.
 */
final class FeedStream implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<ServerSentEvent<String>> received = new LinkedBlockingQueue<>();

	private final Disposable subscription;

	private FeedStream(Flux<ServerSentEvent<String>> events) {
		this.subscription = events.subscribe(this.received::add);
	}

	/** Opens the stream at {@code uri}, resuming after {@code lastEventId} if given. */
	static FeedStream open(WebTestClient http, String uri, String token, String lastEventId) {
		WebTestClient.RequestHeadersSpec<?> request = http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, token)
			.accept(MediaType.TEXT_EVENT_STREAM);
		if (lastEventId != null) {
			request = request.header("Last-Event-ID", lastEventId);
		}
		return new FeedStream(request.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody());
	}

	/** The next event with data, skipping heartbeats; fails after the timeout. */
	ServerSentEvent<String> next(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			ServerSentEvent<String> event = take(deadline, "an event");
			if (event.data() != null) {
				return event;
			}
		}
	}

	/** The next heartbeat comment, skipping events; fails after the timeout. */
	String nextComment(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			ServerSentEvent<String> event = take(deadline, "a heartbeat");
			if (event.comment() != null) {
				return event.comment();
			}
		}
	}

	private ServerSentEvent<String> take(long deadline, String what) {
		try {
			ServerSentEvent<String> event = this.received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError("No " + what + " on the stream in time");
			}
			return event;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> data(ServerSentEvent<String> event) {
		return JSON.readValue(event.data(), Map.class);
	}

	@Override
	public void close() {
		this.subscription.dispose();
	}

}
