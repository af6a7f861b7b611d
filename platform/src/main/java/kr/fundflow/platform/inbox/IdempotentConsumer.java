package kr.fundflow.platform.inbox;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.messaging.Message;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.platform.observability.EventTraceContext;

/**
 * A per-message consumer (a Spring Cloud Stream functional binding) that applies each
 * event exactly once: the inbox row and the handler's effect commit in one transaction,
 * and a redelivered event finds its row and changes nothing.
 * <p>
 * Failures: transient ones (database or broker unreachable) are retried with backoff
 * until they pass, so an outage loses nothing and parks nothing; any other failure is
 * retried {@code maxAttempts} times and then the message goes to the dead-letter topic
 * with its error, and the consumer goes on.
 */
public class IdempotentConsumer implements Consumer<Message<byte[]>> {

	private static final Log log = LogFactory.getLog(IdempotentConsumer.class);

	private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration MAX_TRANSIENT_BACKOFF = Duration.ofSeconds(5);

	private final String consumer;

	private final EventHandler handler;

	private final DatabaseClient db;

	private final TransactionalOperator transactions;

	private final DeadLetterPublisher deadLetters;

	private final MeterRegistry meters;

	private final int maxAttempts;

	private final EventTraceContext tracing;

	public IdempotentConsumer(String consumer, EventHandler handler, DatabaseClient db,
			TransactionalOperator transactions, DeadLetterPublisher deadLetters, MeterRegistry meters,
			int maxAttempts) {
		this(consumer, handler, db, transactions, deadLetters, meters, maxAttempts, EventTraceContext.disabled());
	}

	/**
	 * @param tracing continues the trace of the event's {@code traceparent} header while
	 * the event is handled (log lines, and events the handler writes to its outbox)
	 */
	public IdempotentConsumer(String consumer, EventHandler handler, DatabaseClient db,
			TransactionalOperator transactions, DeadLetterPublisher deadLetters, MeterRegistry meters, int maxAttempts,
			EventTraceContext tracing) {
		this.tracing = tracing;
		this.consumer = consumer;
		this.handler = handler;
		this.db = db;
		this.transactions = transactions;
		this.deadLetters = deadLetters;
		this.meters = meters;
		this.maxAttempts = maxAttempts;
	}

	@Override
	public void accept(Message<byte[]> message) {
		Optional<InboundEvent> event;
		try {
			event = InboundEventReader.read(message);
		}
		catch (UnreadableEvent ex) {
			this.tracing.observeHandling(headersOf(message), this.consumer, "unreadable", () -> {
				deadLetter(message, ex, "unreadable");
				return null;
			});
			return;
		}
		if (event.isEmpty()) {
			count("unknown-type", "ignored");
			return;
		}
		InboundEvent known = event.get();
		this.tracing.observeHandling(headersOf(message), this.consumer, known.envelope().type(), () -> {
			process(message, known);
			return null;
		});
	}

	private static Function<String, String> headersOf(Message<byte[]> message) {
		return name -> InboundEventReader.header(message.getHeaders(), name);
	}

	private void process(Message<byte[]> message, InboundEvent event) {
		int failedAttempts = 0;
		Duration transientBackoff = Duration.ofMillis(100);
		while (true) {
			try {
				boolean applied = Boolean.TRUE.equals(applyOnce(event).block(HANDLER_TIMEOUT));
				count(event.envelope().type(), applied ? "processed" : "duplicate");
				if (log.isDebugEnabled()) {
					log.debug(this.consumer + ": " + (applied ? "applied " : "already applied ") + describe(event));
				}
				return;
			}
			catch (RuntimeException ex) {
				if (TransientFailures.isTransient(ex)) {
					log.warn(this.consumer + ": transient failure on " + describe(event) + ", retrying in "
							+ transientBackoff.toMillis() + " ms: " + ex.getMessage());
					sleep(transientBackoff);
					transientBackoff = min(transientBackoff.multipliedBy(2), MAX_TRANSIENT_BACKOFF);
					continue;
				}
				failedAttempts++;
				if (failedAttempts >= this.maxAttempts) {
					log.error(this.consumer + ": giving up on " + describe(event) + " after " + failedAttempts
							+ " attempts", ex);
					deadLetter(message, ex, event.envelope().type());
					return;
				}
				sleep(Duration.ofMillis(200L * failedAttempts));
			}
		}
	}

	/**
	 * Inbox row and effect in one transaction; false when the event was already applied.
	 */
	private Mono<Boolean> applyOnce(InboundEvent event) {
		Mono<Boolean> claimAndApply = this.db.sql("""
				INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
				ON CONFLICT DO NOTHING""")
			.bind("consumer", this.consumer)
			.bind("id", event.envelope().id())
			.bind("type", event.envelope().type())
			.fetch()
			.rowsUpdated()
			.flatMap(inserted -> (inserted == 0) ? Mono.just(false) : this.handler.handle(event).thenReturn(true));
		return this.transactions.transactional(claimAndApply);
	}

	private void deadLetter(Message<byte[]> message, Throwable error, String type) {
		while (true) {
			try {
				this.deadLetters.publish(message, this.consumer, error);
				count(type, "dead-lettered");
				return;
			}
			catch (Exception ex) {
				// The original must not be acknowledged before its dead letter is safe.
				log.warn(this.consumer + ": cannot publish dead letter yet: " + ex.getMessage());
				sleep(MAX_TRANSIENT_BACKOFF);
			}
		}
	}

	private void count(String type, String outcome) {
		Counter.builder("fundflow.events.consumed")
			.description("Events handled by a consumer, by outcome")
			.tag("consumer", this.consumer)
			.tag("type", type)
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

	private static String describe(InboundEvent event) {
		return event.envelope().type() + " " + event.envelope().id() + " (subject " + event.envelope().subject() + ")";
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying", ex);
		}
	}

}
