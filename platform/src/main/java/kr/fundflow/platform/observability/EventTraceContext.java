package kr.fundflow.platform.observability;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import reactor.core.publisher.Mono;

/**
 * Carries the W3C trace context across the outbox: the outbox row remembers the
 * {@code traceparent} of the request (or event) that wrote it, the relay sends it as a
 * Kafka header, and the consumer continues that trace while it handles the event, so that
 * one trace id follows a registration from the gateway to the service that reacts to it.
 * Without a tracer (no Micrometer Tracing bridge, or tracing turned off) it records and
 * continues nothing.
 */
public class EventTraceContext {

	/** The W3C Trace Context header, also the Kafka header name. */
	public static final String TRACEPARENT = "traceparent";

	private final ObservationRegistry observations;

	private final Propagator propagator;

	public EventTraceContext(ObservationRegistry observations, Propagator propagator) {
		this.observations = observations;
		this.propagator = propagator;
	}

	/** Records and continues no trace. */
	public static EventTraceContext disabled() {
		return new EventTraceContext(ObservationRegistry.NOOP, null);
	}

	/**
	 * The {@code traceparent} of the observation the subscriber runs in (WebFlux puts the
	 * request's in the Reactor context; a consumer's is captured from its thread), or
	 * empty.
	 */
	public Mono<Optional<String>> currentTraceparent() {
		if (this.propagator == null) {
			return Mono.just(Optional.empty());
		}
		return Mono.deferContextual(context -> {
			Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			if (observation == null) {
				observation = this.observations.getCurrentObservation();
			}
			return Mono.just(traceparentOf(observation));
		});
	}

	private Optional<String> traceparentOf(Observation observation) {
		if (observation == null) {
			return Optional.empty();
		}
		TracingObservationHandler.TracingContext tracing = observation.getContextView()
			.get(TracingObservationHandler.TracingContext.class);
		Span span = (tracing != null) ? tracing.getSpan() : null;
		if (span == null) {
			return Optional.empty();
		}
		Map<String, String> carrier = new HashMap<>();
		this.propagator.inject(span.context(), carrier, Map::put);
		return Optional.ofNullable(carrier.get(TRACEPARENT));
	}

	/**
	 * Runs the handling of one consumed event as an observation (meter
	 * {@code fundflow.events.handled}, tags {@code consumer} and {@code type}) that
	 * continues the trace of the event's {@code traceparent} header: the handler's log
	 * lines carry the producer's trace id, and events it writes to its outbox carry it
	 * on.
	 * @param headers the event's headers by name (its {@code traceparent} is read)
	 */
	public <T> T observeHandling(Function<String, String> headers, String consumer, String type, Supplier<T> handling) {
		ReceiverContext<Function<String, String>> context = new ReceiverContext<>(Function::apply);
		context.setCarrier(headers);
		context.setRemoteServiceName("kafka");
		return Observation.createNotStarted("fundflow.events.handled", () -> context, this.observations)
			.contextualName("handle " + type)
			.lowCardinalityKeyValue("consumer", consumer)
			.lowCardinalityKeyValue("type", type)
			.observe(handling);
	}

}
