package kr.fundflow.localstack;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/dashboard/stream} read as a streaming client does: each server-sent
 * event is taken off the wire as soon as its blank line arrives, stamped with the time it
 * came.
 */
final class EventStream implements AutoCloseable {

	/**
	 * One server-sent event; {@code receivedAt} is {@link System#nanoTime()} on arrival.
	 */
	record Event(long id, String type, JsonNode data, long receivedAt) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final List<Event> received = Collections.synchronizedList(new ArrayList<>());

	private final Stream<String> lines;

	private EventStream(Stream<String> lines) {
		this.lines = lines;
		Thread reader = new Thread(this::read, "sse-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Opens the stream; {@code lastEventId} (or {@code null}) goes in the Last-Event-ID
	 * header.
	 */
	static EventStream open(Gateway gateway, String path, String token, String lastEventId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<Stream<String>> response = gateway.http()
			.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
			.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).as("stream %s", path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		return new EventStream(response.body());
	}

	/**
	 * The next event that satisfies {@code wanted}, skipping others, or an assertion
	 * error.
	 */
	Event await(String what, Duration timeout, Predicate<Event> wanted) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<Event> skipped = new ArrayList<>();
		while (true) {
			Event event = this.events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError(
						"no " + what + " on the stream within " + timeout.toMillis() + " ms; skipped " + skipped);
			}
			if (wanted.test(event)) {
				return event;
			}
			skipped.add(event);
		}
	}

	/** The next {@code count} events, in the order they came. */
	List<Event> next(int count, Duration timeout) throws InterruptedException {
		List<Event> taken = new ArrayList<>();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (taken.size() < count) {
			Event event = this.events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError("only " + taken.size() + " of " + count + " events within "
						+ timeout.toMillis() + " ms: " + taken);
			}
			taken.add(event);
		}
		return taken;
	}

	/** Every event received so far, in order, whether taken by {@link #await} or not. */
	List<Event> received() {
		synchronized (this.received) {
			return List.copyOf(this.received);
		}
	}

	@Override
	public void close() {
		this.lines.close();
	}

	private void read() {
		long id = -1;
		String type = null;
		StringBuilder data = new StringBuilder();
		try {
			for (String line : (Iterable<String>) this.lines::iterator) {
				if (line.isEmpty()) {
					if (data.length() > 0) {
						Event event = new Event(id, type, Gateway.JSON.readTree(data.toString()), System.nanoTime());
						this.received.add(event);
						this.events.add(event);
					}
					id = -1;
					type = null;
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = Long.parseLong(line.substring(3).trim());
				}
				else if (line.startsWith("event:")) {
					type = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).stripLeading());
				}
				// ":heartbeat" comments carry nothing
			}
		}
		catch (RuntimeException ex) {
			// closed by the test, or the stack went away: the waiting test reports what
			// it missed
		}
	}

}
