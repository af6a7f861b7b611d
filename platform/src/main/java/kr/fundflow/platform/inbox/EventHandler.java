package kr.fundflow.platform.inbox;

import reactor.core.publisher.Mono;

/**
 * A service's reaction to one event. Runs inside the transaction that also records the
 * event in the inbox, so its effect happens exactly once. Throw
 * {@link kr.fundflow.platform.errors.ApiProblem} subclasses or any non-transient
 * exception for a message that can never be processed: it goes to the dead-letter topic
 * after bounded retries.
 */
@FunctionalInterface
public interface EventHandler {

	Mono<Void> handle(InboundEvent event);

}
