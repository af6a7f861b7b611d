package kr.fundflow.platform.observability;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Metric names that promtool accepts, and the trace context that follows events through
 * the outbox (see {@link EventTraceContext}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
public class ObservabilityAutoConfiguration {

	@Bean
	MeterFilter prometheusNamingFilter() {
		return new PrometheusNamingFilter();
	}

	@Bean
	EventTraceContext eventTraceContext(ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<Propagator> propagator) {
		Propagator available = propagator.getIfAvailable();
		if (available == null) {
			return EventTraceContext.disabled();
		}
		return new EventTraceContext(observations.getIfAvailable(() -> ObservationRegistry.NOOP), available);
	}

}
