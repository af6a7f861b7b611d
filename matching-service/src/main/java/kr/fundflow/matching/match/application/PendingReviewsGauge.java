package kr.fundflow.matching.match.application;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import kr.fundflow.platform.lifecycle.PeriodicTask;

/**
 * {@code fundflow.pending.reviews{region}}: PROPOSED matches awaiting a working group,
 * per region (all 17, zeros included), recounted from the database so that every instance
 * reports the same figure.
 */
public class PendingReviewsGauge extends PeriodicTask {

	private final MatchQueries queries;

	private final RegionDirectory regions;

	private final MeterRegistry meters;

	private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();

	public PendingReviewsGauge(MatchQueries queries, RegionDirectory regions, MeterRegistry meters, Duration refresh) {
		super("Recounting pending reviews", Duration.ZERO, refresh);
		this.queries = queries;
		this.regions = regions;
		this.meters = meters;
	}

	/** Recounts once; regions without pending reviews read 0. */
	public Mono<Void> refresh() {
		return this.regions.regions().zipWith(this.queries.pendingReviewsByRegion(), (known, counts) -> {
			for (String region : known.codes()) {
				gauge(region).set(counts.getOrDefault(region, 0L));
			}
			return known;
		}).then();
	}

	/** The figure last read for a region; for tests and diagnostics. */
	public long pending(String region) {
		AtomicLong value = this.pending.get(region);
		return (value != null) ? value.get() : 0;
	}

	private AtomicLong gauge(String region) {
		return this.pending.computeIfAbsent(region, code -> {
			AtomicLong value = new AtomicLong();
			Gauge.builder("fundflow.pending.reviews", value, AtomicLong::get)
				.description("Matches awaiting a working group's review")
				.tag("region", code)
				.register(this.meters);
			return value;
		});
	}

	@Override
	protected Mono<Void> round() {
		return refresh();
	}

}
