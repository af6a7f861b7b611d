package kr.fundflow.matching.match.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.matching.match.application.FindMatches;
import kr.fundflow.matching.match.application.MatchFilter;
import kr.fundflow.matching.match.application.ReviewMatch;
import kr.fundflow.matching.match.domain.Decision;
import kr.fundflow.matching.match.web.MatchResponses.MatchResponse;
import kr.fundflow.platform.errors.Forbidden;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Callers;
import kr.fundflow.platform.web.PageRequest;
import kr.fundflow.platform.web.PageResponse;

@RestController
@RequestMapping("/api/matches")
class MatchController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final FindMatches findMatches;

	private final ReviewMatch reviewMatch;

	MatchController(FindMatches findMatches, ReviewMatch reviewMatch) {
		this.findMatches = findMatches;
		this.reviewMatch = reviewMatch;
	}

	/**
	 * A review as a client may send it; status, reviewer and time are the server's
	 * (strict JSON refuses any other field).
	 */
	record ReviewRequest(@NotNull Decision decision, String reason) {
	}

	/** A page sorted by score (highest first), then id. */
	@GetMapping
	Mono<PageResponse<MatchResponse>> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) UUID allocationId,
			@RequestParam(required = false) String brn, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String format) {
		if (format != null && !format.equals("json")) {
			throw new InvalidInput("format", "format must be json or csv");
		}
		PageRequest request = PageRequest.of(page, size);
		MatchFilter filter = filter(region, status, allocationId, brn);
		return caller().flatMap(caller -> this.findMatches.list(caller, filter, request.offset(), request.size()))
			.map(result -> PageResponse.of(result.content().stream().map(d -> MatchResponse.of(d, false)).toList(),
					request, result.total()));
	}

	/** Every row of the same list as CSV ({@code Accept: text/csv}), streamed. */
	@GetMapping(produces = "text/csv")
	Mono<ResponseEntity<Flux<String>>> csv(@RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) UUID allocationId,
			@RequestParam(required = false) String brn, @RequestParam(required = false) String columns) {
		return export(filter(region, status, allocationId, brn), MatchCsv.columns(columns));
	}

	/**
	 * The same as {@code Accept: text/csv}, for links and browsers: {@code ?format=csv}.
	 */
	@GetMapping(params = "format=csv")
	Mono<ResponseEntity<Flux<String>>> csvByParameter(@RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) UUID allocationId,
			@RequestParam(required = false) String brn, @RequestParam(required = false) String columns) {
		return export(filter(region, status, allocationId, brn), MatchCsv.columns(columns));
	}

	@GetMapping("/{matchId}")
	Mono<MatchResponse> get(@PathVariable UUID matchId) {
		return caller().flatMap(caller -> this.findMatches.get(caller, matchId))
			.map(details -> MatchResponse.of(details, true));
	}

	/** Answers the match as it stands after the review, with its whole history. */
	@PostMapping("/{matchId}/reviews")
	Mono<MatchResponse> review(@PathVariable UUID matchId, @Valid @RequestBody ReviewRequest request) {
		return caller()
			.flatMap(caller -> this.reviewMatch.review(caller, matchId, request.decision(), request.reason())
				.then(this.findMatches.get(caller, matchId)))
			.map(details -> MatchResponse.of(details, true));
	}

	private Mono<ResponseEntity<Flux<String>>> export(MatchFilter filter, List<String> columns) {
		return caller().flatMap(caller -> this.findMatches.export(caller, filter))
			.map(matches -> ResponseEntity.ok()
				.contentType(TEXT_CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("matches.csv").build().toString())
				.body(Flux.just(MatchCsv.header(columns)).concatWith(matches.map(m -> MatchCsv.row(m, columns)))));
	}

	private static MatchFilter filter(String region, String status, UUID allocationId, String brn) {
		return new MatchFilter(QueryParameters.region(region), QueryParameters.status(status), allocationId,
				QueryParameters.brn(brn));
	}

	static Mono<Caller> caller() {
		return Callers.current().switchIfEmpty(Mono.error(() -> new Forbidden("A bearer token is required")));
	}

}
