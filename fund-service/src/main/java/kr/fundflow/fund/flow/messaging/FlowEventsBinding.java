package kr.fundflow.fund.flow.messaging;

import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import kr.fundflow.platform.inbox.IdempotentConsumers;

/**
 * The read model's two bindings, {@code flowAllocationEvents}
 * ({@code fundflow.fund.allocations}) and {@code flowMatchEvents}
 * ({@code fundflow.matching.matches}), in consumer group {@code fund-service-flow}: a
 * group of their own, so that they read every event beside the ledger's
 * {@code matchEvents} rather than share its partitions, and an inbox consumer name of
 * their own ({@code fundflow.flow.consumer}), so that an event the ledger has applied is
 * not taken for a duplicate here. Dead letters go to
 * {@code <topic>.fund-service-flow.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class FlowEventsBinding {

	@Bean
	Consumer<Message<byte[]>> flowAllocationEvents(IdempotentConsumers consumers, FlowEventHandler handler,
			@Value("${fundflow.flow.consumer:fund-service-flow}") String consumer) {
		return consumers.create(consumer, handler);
	}

	@Bean
	Consumer<Message<byte[]>> flowMatchEvents(IdempotentConsumers consumers, FlowEventHandler handler,
			@Value("${fundflow.flow.consumer:fund-service-flow}") String consumer) {
		return consumers.create(consumer, handler);
	}

}
