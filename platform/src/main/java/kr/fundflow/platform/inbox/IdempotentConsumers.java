package kr.fundflow.platform.inbox;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.messaging.Message;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.platform.observability.EventTraceContext;

/**
 * Makes the per-topic consumers of a service. Typical use in a messaging adapter: <pre>
 * &#64;Bean Consumer&lt;Message&lt;byte[]&gt;&gt; allocationEvents(IdempotentConsumers consumers, AllocationEventHandler handler) {
 *     return consumers.create(handler);
 * }
 * </pre>
 */
public class IdempotentConsumers {

	private final String consumerGroup;

	private final DatabaseClient db;

	private final TransactionalOperator transactions;

	private final DeadLetterPublisher deadLetters;

	private final MeterRegistry meters;

	private final int maxAttempts;

	private final EventTraceContext tracing;

	public IdempotentConsumers(String consumerGroup, DatabaseClient db, TransactionalOperator transactions,
			DeadLetterPublisher deadLetters, MeterRegistry meters, int maxAttempts) {
		this(consumerGroup, db, transactions, deadLetters, meters, maxAttempts, EventTraceContext.disabled());
	}

	/** As above; the consumers continue the trace each event carries. */
	public IdempotentConsumers(String consumerGroup, DatabaseClient db, TransactionalOperator transactions,
			DeadLetterPublisher deadLetters, MeterRegistry meters, int maxAttempts, EventTraceContext tracing) {
		this.tracing = tracing;
		this.consumerGroup = consumerGroup;
		this.db = db;
		this.transactions = transactions;
		this.deadLetters = deadLetters;
		this.meters = meters;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * A consumer in this service's group; its dead letters go to
	 * {@code <topic>.<group>.dlt}.
	 */
	public Consumer<Message<byte[]>> create(EventHandler handler) {
		return create(this.consumerGroup, handler);
	}

	/**
	 * A consumer with a name of its own, for a second binding of a topic that this
	 * service already consumes (e.g. a read model beside a ledger): its inbox rows are
	 * kept under {@code consumer}, so that the two never take each other's events for
	 * duplicates, and its dead letters go to {@code <topic>.<consumer>.dlt}. Bind it with
	 * a consumer group of the same name.
	 */
	public Consumer<Message<byte[]>> create(String consumer, EventHandler handler) {
		return new IdempotentConsumer(consumer, handler, this.db, this.transactions, this.deadLetters, this.meters,
				this.maxAttempts, this.tracing);
	}

}
