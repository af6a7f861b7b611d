package kr.fundflow.matching.match.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import kr.fundflow.platform.inbox.IdempotentConsumers;

/**
 * The Spring Cloud Stream functional bindings ({@code allocationEvents-in-0},
 * {@code companyEvents-in-0} in application.yml): per-message, exactly-once effect,
 * bounded retries, then {@code <topic>.matching-service.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class MatchingConsumers {

	@Bean
	Consumer<Message<byte[]>> allocationEvents(IdempotentConsumers consumers, AllocationEventHandler handler) {
		return consumers.create(handler);
	}

	@Bean
	Consumer<Message<byte[]>> companyEvents(IdempotentConsumers consumers, CompanyEventHandler handler) {
		return consumers.create(handler);
	}

}
