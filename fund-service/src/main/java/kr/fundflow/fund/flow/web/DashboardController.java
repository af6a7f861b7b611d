package kr.fundflow.fund.flow.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.fund.flow.application.BreakDownFlows;
import kr.fundflow.fund.flow.application.BuildSankey;
import kr.fundflow.fund.flow.application.ChartDailyFlows;
import kr.fundflow.fund.flow.application.FollowFeed;
import kr.fundflow.fund.flow.application.SummarizeFund;
import kr.fundflow.fund.flow.domain.AsOf;
import kr.fundflow.fund.flow.domain.GroupBy;
import kr.fundflow.fund.flow.domain.Stage;
import kr.fundflow.fund.flow.web.DashboardResponses.Daily;
import kr.fundflow.fund.flow.web.DashboardResponses.FeedLine;
import kr.fundflow.fund.flow.web.DashboardResponses.Flows;
import kr.fundflow.fund.flow.web.DashboardResponses.SankeyGraph;
import kr.fundflow.fund.flow.web.DashboardResponses.Summary;
import kr.fundflow.platform.errors.ApiProblem;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.web.Problems;

/**
 * The dashboard API (SPEC §5): figures per stage, breakdowns, flows over time, the Sankey
 * diagram and the live feed, all from the flow read model. {@code asOf=YYYY-MM-DD} gives
 * the figures as they stood at the end of that day in Korea.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

	private final SummarizeFund summarizeFund;

	private final BreakDownFlows breakDownFlows;

	private final ChartDailyFlows chartDailyFlows;

	private final BuildSankey buildSankey;

	private final FollowFeed followFeed;

	private final Duration heartbeat;

	private final int maxStreams;

	private final AtomicInteger openStreams = new AtomicInteger();

	DashboardController(SummarizeFund summarizeFund, BreakDownFlows breakDownFlows, ChartDailyFlows chartDailyFlows,
			BuildSankey buildSankey, FollowFeed followFeed, @Value("${fundflow.feed.heartbeat:15s}") Duration heartbeat,
			@Value("${fundflow.feed.max-streams:500}") int maxStreams, MeterRegistry meters) {
		this.summarizeFund = summarizeFund;
		this.breakDownFlows = breakDownFlows;
		this.chartDailyFlows = chartDailyFlows;
		this.buildSankey = buildSankey;
		this.followFeed = followFeed;
		this.heartbeat = heartbeat;
		this.maxStreams = maxStreams;
		Gauge.builder("fundflow.feed.open.streams", this.openStreams, AtomicInteger::get)
			.description("Open /api/dashboard/stream connections on this instance")
			.register(meters);
	}

	@GetMapping("/summary")
	Mono<Summary> summary(@RequestParam(required = false) String fundId, @RequestParam(required = false) String asOf) {
		return this.summarizeFund.summarize(fundId(fundId), AsOf.parse("asOf", asOf)).map(Summary::of);
	}

	@GetMapping("/flows")
	Mono<Flows> flows(@RequestParam(required = false) String fundId, @RequestParam(required = false) String groupBy,
			@RequestParam(required = false) String asOf) {
		UUID fund = fundId(fundId);
		GroupBy grouping = GroupBy.parse("groupBy", (groupBy != null) ? groupBy : "region");
		return this.breakDownFlows.breakDown(fund, grouping, AsOf.parse("asOf", asOf)).map(Flows::of);
	}

	@GetMapping("/flows/daily")
	Mono<Daily> daily(@RequestParam(required = false) String fundId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		UUID fund = fundId(fundId);
		Optional<LocalDate> fromDay = Optional.ofNullable(from).map(text -> AsOf.day("from", text));
		Optional<LocalDate> toDay = Optional.ofNullable(to).map(text -> AsOf.day("to", text));
		return this.chartDailyFlows.chart(fund, fromDay, toDay).map(Daily::of);
	}

	@GetMapping("/sankey")
	Mono<SankeyGraph> sankey(@RequestParam(required = false) String fundId,
			@RequestParam(required = false) String measure, @RequestParam(required = false) String asOf) {
		UUID fund = fundId(fundId);
		Stage stage = Stage.parse("measure", (measure != null) ? measure : "allocated");
		return this.buildSankey.build(fund, stage, AsOf.parse("asOf", asOf)).map(SankeyGraph::of);
	}

	/**
	 * Server-sent events: {@code id} the feed's sequence number, {@code event} the type,
	 * {@code data} a {@link FeedLine}; a comment every {@code fundflow.feed.heartbeat}
	 * keeps proxies from closing a quiet stream. Resumes after {@code Last-Event-ID} (the
	 * header, or {@code lastEventId} for clients that cannot set it).
	 */
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<FeedLine>> stream(@RequestParam(required = false) String fundId,
			@RequestParam(required = false) String lastEventId,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader) {
		Optional<UUID> fund = Optional.ofNullable(fundId).map(DashboardController::fundId);
		OptionalLong after = lastEventId((lastEventIdHeader != null) ? lastEventIdHeader : lastEventId);
		Flux<ServerSentEvent<FeedLine>> lines = this.followFeed.follow(fund, after)
			.map(entry -> ServerSentEvent.builder(FeedLine.of(entry))
				.id(Long.toString(entry.seq()))
				.event(entry.type())
				.build());
		Flux<ServerSentEvent<FeedLine>> heartbeats = Flux.interval(this.heartbeat, this.heartbeat)
			.onBackpressureDrop()
			.map(tick -> ServerSentEvent.<FeedLine>builder().comment("heartbeat").build());
		return Flux.defer(() -> {
			if (this.openStreams.incrementAndGet() > this.maxStreams) {
				this.openStreams.decrementAndGet();
				return Flux.error(new TooManyStreams());
			}
			return Flux.merge(lines, heartbeats).doFinally(signal -> this.openStreams.decrementAndGet());
		});
	}

	/**
	 * Refusals are problem details, also for a client that accepts only
	 * {@code text/event-stream} (which would otherwise get the problem as an event).
	 */
	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> refused(ApiProblem ex) {
		ProblemDetail problem = (ex instanceof InvalidInput invalid)
				? Problems.invalid(ex.getMessage(), List.of(Problems.fieldError(invalid.field(), ex.getMessage())))
				: Problems.of((ex instanceof NotFound) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, ex.code(),
						ex.getMessage());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(TooManyStreams.class)
	ResponseEntity<ProblemDetail> tooManyStreams(TooManyStreams ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "too-many-streams",
					"This instance serves as many streams as it may; retry shortly"));
	}

	/** {@code fundflow.feed.max-streams} streams are open on this instance. */
	private static final class TooManyStreams extends RuntimeException {

		TooManyStreams() {
			super("Too many open streams", null, false, false);
		}

	}

	private static UUID fundId(String text) {
		if (text == null || text.isEmpty()) {
			throw new InvalidInput("fundId", "fundId is required");
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("fundId", "fundId must be a fund id (UUID)");
		}
	}

	private static OptionalLong lastEventId(String text) {
		if (text == null || text.isEmpty()) {
			return OptionalLong.empty();
		}
		try {
			long seq = Long.parseLong(text.strip());
			if (seq >= 0) {
				return OptionalLong.of(seq);
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidInput("lastEventId", "Last-Event-ID must be the id of an event of this stream");
	}

}
