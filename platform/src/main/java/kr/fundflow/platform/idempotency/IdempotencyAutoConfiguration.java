package kr.fundflow.platform.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.platform.lifecycle.PeriodicPurge;

/**
 * {@code Idempotency-Key} on POST requests for services that own a database (table
 * {@code idempotency_key}, migration {@code db/platform/V3}). Off with
 * {@code fundflow.idempotency.enabled=false}.
 */
@AutoConfiguration(
		afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
				"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(DatabaseClient.class)
@ConditionalOnBean({ DatabaseClient.class, ReactiveTransactionManager.class })
@ConditionalOnProperty(name = "fundflow.idempotency.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

	@Bean
	IdempotencyKeyStore idempotencyKeyStore(DatabaseClient db, JsonMapper jsonMapper,
			IdempotencyProperties properties) {
		return new IdempotencyKeyStore(db, jsonMapper, properties.ttl());
	}

	@Bean
	IdempotencyKeyFilter idempotencyKeyFilter(IdempotencyKeyStore idempotencyKeyStore,
			ReactiveTransactionManager transactionManager, JsonMapper jsonMapper, IdempotencyProperties properties,
			MeterRegistry meters) {
		return new IdempotencyKeyFilter(idempotencyKeyStore, TransactionalOperator.create(transactionManager),
				jsonMapper, (int) properties.maxBodySize().toBytes(), meters);
	}

	@Bean
	PeriodicPurge idempotencyKeyPurger(IdempotencyKeyStore idempotencyKeyStore, IdempotencyProperties properties) {
		return new PeriodicPurge("expired idempotency keys", properties.purgeInterval(),
				idempotencyKeyStore::purgeExpired);
	}

}
