package kr.fundflow.platform.outbox;

import java.time.Instant;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventEnvelope;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.IntegrationEvent;
import kr.fundflow.platform.observability.EventTraceContext;

/**
 * Records an event in the outbox as part of the caller's database transaction, so that
 * the state change and its event commit or roll back together. Refuses to write outside a
 * transaction: an event written on its own could announce a change that never happened.
 */
public class OutboxWriter {

	private final DatabaseClient db;

	private final String source;

	private final OutboxRelay relay;

	private final EventTraceContext tracing;

	public OutboxWriter(DatabaseClient db, String source, OutboxRelay relay) {
		this(db, source, relay, EventTraceContext.disabled());
	}

	/**
	 * @param tracing gives the row the {@code traceparent} of the request or event that
	 * writes it, so that consumers continue its trace
	 */
	public OutboxWriter(DatabaseClient db, String source, OutboxRelay relay, EventTraceContext tracing) {
		this.db = db;
		this.source = source;
		this.relay = relay;
		this.tracing = tracing;
	}

	/** Appends the event; the relay publishes it right after the transaction commits. */
	public Mono<EventEnvelope> append(IntegrationEvent event, Instant occurredAt) {
		EventType type = EventType.of(event);
		EventEnvelope envelope = EventEnvelope.of(type, this.source, occurredAt, event.aggregateId());
		return TransactionSynchronizationManager.forCurrentTransaction()
			.onErrorMap(NoTransactionException.class,
					ex -> new IllegalStateException("Outbox writes must run inside the state change's transaction", ex))
			.flatMap(transaction -> {
				transaction.registerSynchronization(new WakeRelayAfterCommit());
				return this.tracing.currentTraceparent()
					.flatMap(traceparent -> insert(envelope, type, event, traceparent.orElse(null)));
			})
			.thenReturn(envelope);
	}

	private Mono<Long> insert(EventEnvelope envelope, EventType type, IntegrationEvent event, String traceparent) {
		return this.db
			.sql("""
					INSERT INTO outbox_event (id, topic, event_key, event_type, schema_version, source, occurred_at, payload,
					                          trace_parent)
					VALUES (:id, :topic, :key, :type, :version, :source, :occurredAt, :payload, :traceParent)""")
			.bind("id", envelope.id())
			.bind("topic", type.topic())
			.bind("key", envelope.subject())
			.bind("type", envelope.type())
			.bind("version", envelope.schemaVersion())
			.bind("source", envelope.source())
			.bind("occurredAt", envelope.time())
			.bind("payload", Json.of(EventCodec.toJson(event)))
			.bind("traceParent", Parameters.in(R2dbcType.VARCHAR, traceparent))
			.fetch()
			.rowsUpdated();
	}

	private final class WakeRelayAfterCommit implements TransactionSynchronization {

		@Override
		public Mono<Void> afterCommit() {
			return Mono.fromRunnable(OutboxWriter.this.relay::wakeUp);
		}

	}

}
