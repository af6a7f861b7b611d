package kr.fundflow.fund.flow.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kr.fundflow.fund.flow.application.FlowProjection;
import kr.fundflow.platform.lifecycle.PeriodicTask;

/**
 * {@code fundflow.flow.parked.events}: budget events waiting for their match's own first
 * event. A few for a moment are normal (the topics are read independently); any that stay
 * mean match events are missing and those commitments are not on the dashboard. Refreshed
 * with the budget gauges ({@code fundflow.metrics.budget-refresh}); every instance
 * reports the same database figure.
 */
@Component
class ParkedEventsGauge extends PeriodicTask {

	private final FlowProjection projection;

	private final AtomicLong parked = new AtomicLong();

	ParkedEventsGauge(FlowProjection projection, MeterRegistry meters,
			@Value("${fundflow.metrics.budget-refresh:10s}") Duration interval) {
		super("Refreshing the parked events gauge", Duration.ZERO, interval);
		this.projection = projection;
		Gauge.builder("fundflow.flow.parked.events", this.parked, AtomicLong::get)
			.description("Budget events the flow read model holds until their match's own first event arrives")
			.register(meters);
	}

	@Override
	protected Mono<?> round() {
		return this.projection.parkedCount().doOnNext(this.parked::set);
	}

}
