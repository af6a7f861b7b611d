package kr.fundflow.fund.ledger.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import kr.fundflow.platform.inbox.IdempotentConsumers;

/**
 * The {@code matchEvents} binding ({@code fundflow.matching.matches}, group
 * fund-service): a per-message idempotent consumer with bounded retries and a dead-letter
 * topic, as befits a consumer that moves money.
 */
@Configuration(proxyBeanMethods = false)
class MatchEventsBinding {

	@Bean
	Consumer<Message<byte[]>> matchEvents(IdempotentConsumers consumers, MatchReviewedHandler handler) {
		return consumers.create(handler);
	}

}
