package kr.fundflow.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.codec.Json;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.contracts.CloudEventHeaders;
import kr.fundflow.platform.observability.EventTraceContext;

/**
 * Publishes committed outbox rows to Kafka, in commit order per aggregate.
 * <p>
 * One relay works at a time across all instances of a service (a transaction-scoped
 * advisory lock), so that two instances never publish events of one aggregate out of
 * order; the batch itself is claimed with {@code FOR UPDATE SKIP LOCKED}, never by "id
 * greater than the last one seen", because ids commit out of order. Rows are marked
 * published only after Kafka acknowledged them (acks=all, idempotent producer): a crash
 * in between publishes them again, and consumers deduplicate by event id.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(OutboxRelay.class);

	/**
	 * Advisory lock key: any constant shared by all instances of one service's database.
	 */
	private static final long RELAY_LOCK = 0x6f7574626f78L;

	private final DatabaseClient db;

	private final TransactionalOperator transactions;

	private final KafkaTemplate<String, byte[]> kafka;

	private final OutboxProperties properties;

	private final Semaphore wakeUps = new Semaphore(0);

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicLong oldestAgeSeconds = new AtomicLong();

	private final Counter published;

	private final Counter failures;

	private volatile boolean running;

	private Thread worker;

	public OutboxRelay(DatabaseClient db, TransactionalOperator transactions, KafkaTemplate<String, byte[]> kafka,
			OutboxProperties properties, MeterRegistry meters) {
		this.db = db;
		this.transactions = transactions;
		this.kafka = kafka;
		this.properties = properties;
		Gauge.builder("fundflow.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Outbox events not yet published")
			.baseUnit("events")
			.register(meters);
		Gauge.builder("fundflow.outbox.oldest.age", this.oldestAgeSeconds, AtomicLong::get)
			.description("Age of the oldest unpublished outbox event")
			.baseUnit("seconds")
			.register(meters);
		this.published = Counter.builder("fundflow.outbox.published")
			.description("Outbox events acknowledged by Kafka")
			.register(meters);
		this.failures = Counter.builder("fundflow.outbox.publish.failures")
			.description("Outbox relay rounds that failed")
			.register(meters);
	}

	/**
	 * Called after a transaction with outbox rows commits, so that events leave within
	 * milliseconds.
	 */
	public void wakeUp() {
		this.wakeUps.release();
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = new Thread(this::run, "outbox-relay");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		wakeUp();
		try {
			// Let the round in flight (and the last one, drainOnStop) finish so that what
			// Kafka acknowledged is marked published.
			this.worker.join(Duration.ofSeconds(10).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops after the web server (lower phase stops later), so that the last requests'
	 * events go out.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void run() {
		Duration backoff = Duration.ZERO;
		long lastGaugeRefresh = 0;
		while (this.running) {
			try {
				int relayed = relayOneBatch();
				backoff = Duration.ZERO;
				if (System.currentTimeMillis() - lastGaugeRefresh > 2000) {
					refreshGauges();
					lastGaugeRefresh = System.currentTimeMillis();
				}
				if (relayed < this.properties.batchSize()) {
					this.wakeUps.tryAcquire(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
					this.wakeUps.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				this.failures.increment();
				backoff = nextBackoff(backoff);
				log.warn("Outbox relay round failed, retrying in " + backoff.toMillis() + " ms: " + rootMessage(ex));
				sleep(backoff);
			}
		}
		if (backoff.isZero()) {
			drainOnStop();
		}
	}

	/**
	 * One last round at shutdown, after the web server has stopped, so that the events of
	 * the last requests leave now rather than at the next start. Skipped while Kafka or
	 * the database is failing: the rows wait in the outbox either way.
	 */
	private void drainOnStop() {
		try {
			int relayed = relayOneBatch();
			if (relayed > 0) {
				log.info("Outbox relay published " + relayed + " events while stopping");
			}
		}
		catch (RuntimeException ex) {
			log.warn(
					"Outbox relay could not publish while stopping; the events wait in the outbox: " + rootMessage(ex));
		}
	}

	/**
	 * Claims, publishes and marks one batch in one transaction; returns how many rows
	 * were published.
	 */
	int relayOneBatch() {
		Integer count = this.transactions
			.transactional(tryRelayLock()
				.flatMap(locked -> locked ? claimBatch().collectList().flatMap(this::publishAndMark) : Mono.just(0)))
			.block(Duration.ofSeconds(60));
		return (count != null) ? count : 0;
	}

	private Mono<Boolean> tryRelayLock() {
		return this.db.sql("SELECT pg_try_advisory_xact_lock(:lock)")
			.bind("lock", RELAY_LOCK)
			.map(row -> row.get(0, Boolean.class))
			.one();
	}

	private Flux<PendingEvent> claimBatch() {
		return this.db.sql("""
				SELECT id, topic, event_key, event_type, schema_version, source, occurred_at, payload, trace_parent
				FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.bind("limit", this.properties.batchSize())
			.map(row -> new PendingEvent(row.get("id", UUID.class), row.get("topic", String.class),
					row.get("event_key", String.class), row.get("event_type", String.class),
					row.get("schema_version", Integer.class), row.get("source", String.class),
					row.get("occurred_at", OffsetDateTime.class), row.get("payload", Json.class).asArray(),
					row.get("trace_parent", String.class)))
			.all();
	}

	private Mono<Integer> publishAndMark(List<PendingEvent> batch) {
		if (batch.isEmpty()) {
			return Mono.just(0);
		}
		// Sent together, acknowledged in order per partition by the idempotent producer.
		return Flux.fromIterable(batch)
			.flatMapSequential(event -> Mono.fromFuture(this.kafka.send(toRecord(event))).thenReturn(event.id()))
			.collectList()
			.flatMap(ids -> this.db
				.sql("UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id = ANY(:ids)")
				.bind("ids", ids.toArray(UUID[]::new))
				.fetch()
				.rowsUpdated()
				.doOnNext(this.published::increment)
				.map(Long::intValue));
	}

	private static ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
		RecordHeaders headers = new RecordHeaders();
		header(headers, CloudEventHeaders.ID, event.id().toString());
		header(headers, CloudEventHeaders.SOURCE, event.source());
		header(headers, CloudEventHeaders.TYPE, event.type());
		header(headers, CloudEventHeaders.TIME,
				event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString());
		header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		header(headers, CloudEventHeaders.SUBJECT, event.key());
		header(headers, CloudEventHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
		header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		if (event.traceparent() != null) {
			header(headers, EventTraceContext.TRACEPARENT, event.traceparent());
		}
		return new ProducerRecord<>(event.topic(), null, event.key(), event.payload(), headers);
	}

	private static void header(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	private void refreshGauges() {
		this.db.sql("""
				SELECT count(*) AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::bigint AS age
				FROM outbox_event WHERE published_at IS NULL""").map(row -> {
			this.backlog.set(row.get("pending", Long.class));
			this.oldestAgeSeconds.set(row.get("age", Long.class));
			return true;
		}).one().block(Duration.ofSeconds(10));
	}

	private Duration nextBackoff(Duration current) {
		Duration next = current.isZero() ? Duration.ofMillis(100) : current.multipliedBy(2);
		return (next.compareTo(this.properties.maxBackoff()) > 0) ? this.properties.maxBackoff() : next;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private record PendingEvent(UUID id, String topic, String key, String type, int schemaVersion, String source,
			OffsetDateTime occurredAt, byte[] payload, String traceparent) {
	}

}
