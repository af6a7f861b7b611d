package kr.fundflow.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import kr.fundflow.contracts.Topics;
import kr.fundflow.platform.observability.EventTraceContext;

/**
 * Parks a message that cannot be processed on {@code <topic>.<consumer>.dlt} with the
 * original headers and body plus the error, so that the consumer can go on and an
 * operator can inspect and replay it.
 */
public class DeadLetterPublisher {

	public static final String ERROR_HEADER = "x-error";

	public static final String ERROR_TYPE_HEADER = "x-error-type";

	public static final String ORIGINAL_TOPIC_HEADER = "x-original-topic";

	public static final String ORIGINAL_OFFSET_HEADER = "x-original-offset";

	private final KafkaTemplate<String, byte[]> kafka;

	private final MeterRegistry meters;

	public DeadLetterPublisher(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
		this.kafka = kafka;
		this.meters = meters;
	}

	/**
	 * Publishes synchronously: the original is acknowledged only once its dead letter is
	 * safe.
	 */
	public void publish(Message<byte[]> message, String consumer, Throwable error) throws Exception {
		String topic = InboundEventReader.topicOf(message);
		String deadLetterTopic = Topics.deadLetter(topic, consumer);
		RecordHeaders headers = new RecordHeaders();
		for (Map.Entry<String, Object> entry : message.getHeaders().entrySet()) {
			if (entry.getKey().startsWith("ce_") || entry.getKey().equals("content-type")
					|| entry.getKey().equals(EventTraceContext.TRACEPARENT)) {
				headers.add(entry.getKey(), bytes(entry.getValue()));
			}
		}
		headers.add(ERROR_HEADER, bytes(String.valueOf(error.getMessage())));
		headers.add(ERROR_TYPE_HEADER, bytes(error.getClass().getName()));
		headers.add(ORIGINAL_TOPIC_HEADER, bytes(topic));
		headers.add(ORIGINAL_OFFSET_HEADER, bytes(String.valueOf(message.getHeaders().get(KafkaHeaders.OFFSET))));
		Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
		this.kafka.send(new ProducerRecord<>(deadLetterTopic, null,
				(key != null) ? new String(bytes(key), StandardCharsets.UTF_8) : null, message.getPayload(), headers))
			.get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
		counter(topic).increment();
	}

	/**
	 * Shows the count of a consumed topic at 0 before its first dead letter, so that
	 * dashboards and {@code increase()} see the first one.
	 */
	public void registerTopic(String topic) {
		counter(topic);
	}

	private Counter counter(String topic) {
		return Counter.builder("fundflow.dead.letters")
			.description("Messages parked on a dead-letter topic")
			.tag("topic", topic)
			.register(this.meters);
	}

	private static byte[] bytes(Object value) {
		return (value instanceof byte[] raw) ? raw : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
	}

}
