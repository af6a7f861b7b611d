package kr.fundflow.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.platform.inbox.DeadLetterPublisher;
import kr.fundflow.platform.inbox.IdempotentConsumers;
import kr.fundflow.platform.observability.EventTraceContext;

/**
 * Outbox writer and relay, dead-letter publisher and idempotent consumers, for services
 * that own a database and talk through Kafka.
 */
@AutoConfiguration(
		afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
				"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration" })
@ConditionalOnClass({ DatabaseClient.class, KafkaTemplate.class })
@EnableConfigurationProperties(OutboxProperties.class)
public class MessagingAutoConfiguration {

	@Bean
	ProducerFactory<String, byte[]> fundflowProducerFactory(
			@Value("${spring.kafka.bootstrap-servers:127.0.0.1:9092}") String bootstrapServers,
			@Value("${spring.application.name}") String application) {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox");
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		// Nothing lost, nothing doubled by the producer itself: all replicas acknowledge,
		// retries deduplicated.
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		// Fail a round fast when the broker is away; the relay retries the rows later.
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
		return new DefaultKafkaProducerFactory<>(config);
	}

	@Bean
	KafkaTemplate<String, byte[]> fundflowKafkaTemplate(ProducerFactory<String, byte[]> fundflowProducerFactory) {
		return new KafkaTemplate<>(fundflowProducerFactory);
	}

	@Bean
	TransactionalOperator fundflowTransactionalOperator(ReactiveTransactionManager transactionManager) {
		return TransactionalOperator.create(transactionManager);
	}

	@Bean
	OutboxRelay outboxRelay(DatabaseClient db, TransactionalOperator fundflowTransactionalOperator,
			KafkaTemplate<String, byte[]> fundflowKafkaTemplate, OutboxProperties properties, MeterRegistry meters) {
		return new OutboxRelay(db, fundflowTransactionalOperator, fundflowKafkaTemplate, properties, meters);
	}

	@Bean
	OutboxWriter outboxWriter(DatabaseClient db, OutboxRelay relay,
			@Value("${spring.application.name}") String application, ObjectProvider<EventTraceContext> tracing) {
		return new OutboxWriter(db, "/fundflow/" + application, relay,
				tracing.getIfAvailable(EventTraceContext::disabled));
	}

	@Bean
	DeadLetterPublisher deadLetterPublisher(KafkaTemplate<String, byte[]> fundflowKafkaTemplate, MeterRegistry meters) {
		return new DeadLetterPublisher(fundflowKafkaTemplate, meters);
	}

	@Bean
	IdempotentConsumers idempotentConsumers(@Value("${spring.application.name}") String application,
			@Value("${fundflow.consumer.max-attempts:3}") int maxAttempts, DatabaseClient db,
			TransactionalOperator fundflowTransactionalOperator, DeadLetterPublisher deadLetters, MeterRegistry meters,
			ObjectProvider<EventTraceContext> tracing) {
		return new IdempotentConsumers(application, db, fundflowTransactionalOperator, deadLetters, meters, maxAttempts,
				tracing.getIfAvailable(EventTraceContext::disabled));
	}

	/**
	 * The dead-letter count of every topic a binding consumes
	 * ({@code spring.cloud.stream.bindings.<name>-in-<n>.destination}) starts at 0.
	 */
	@Bean
	SmartInitializingSingleton deadLetterCountsAtZero(Environment environment, DeadLetterPublisher deadLetters) {
		return () -> Binder.get(environment)
			.bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, BindingDestination.class))
			.orElse(Map.of())
			.forEach((binding, properties) -> {
				if (INPUT_BINDING.matcher(binding).matches() && properties.destination() != null) {
					for (String topic : properties.destination().split(",")) {
						deadLetters.registerTopic(topic.trim());
					}
				}
			});
	}

	private static final Pattern INPUT_BINDING = Pattern.compile(".+-in-\\d+");

	/** The one property of a binding read here. */
	record BindingDestination(String destination) {
	}

}
