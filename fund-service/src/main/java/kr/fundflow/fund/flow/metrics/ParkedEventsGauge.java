package kr.fundflow.fund.flow.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import kr.fundflow.fund.flow.application.FlowProjection;

/**
 * {@code fundflow.flow.parked.events}: budget events waiting for their match's own first
 * event. A few for a moment are normal (the topics are read independently); any that stay
 * mean match events are missing and those commitments are not on the dashboard. Refreshed
 * with the budget gauges ({@code fundflow.metrics.budget-refresh}); every instance
 * reports the same database figure.
 */
@Component
class ParkedEventsGauge implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(ParkedEventsGauge.class);

	private final FlowProjection projection;

	private final Duration interval;

	private final AtomicLong parked = new AtomicLong();

	private volatile Disposable refreshing;

	ParkedEventsGauge(FlowProjection projection, MeterRegistry meters,
			@Value("${fundflow.metrics.budget-refresh:10s}") Duration interval) {
		this.projection = projection;
		this.interval = interval;
		Gauge.builder("fundflow.flow.parked.events", this.parked, AtomicLong::get)
			.description("Budget events the flow read model holds until their match's own first event arrives")
			.register(meters);
	}

	@Override
	public void start() {
		this.refreshing = Flux.interval(Duration.ZERO, this.interval)
			.onBackpressureDrop()
			.concatMap(tick -> this.projection.parkedCount().doOnNext(this.parked::set).then().onErrorResume(ex -> {
				log.warn("Cannot refresh the parked events gauge: " + ex.getMessage());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.refreshing;
		if (current != null) {
			current.dispose();
		}
		this.refreshing = null;
	}

	@Override
	public boolean isRunning() {
		return this.refreshing != null;
	}

}
