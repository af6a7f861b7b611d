package kr.fundflow.matching.match.web;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.matching.match.application.FindMatches;
import kr.fundflow.matching.match.application.NearMissFilter;
import kr.fundflow.matching.match.web.MatchResponses.NearMissResponse;
import kr.fundflow.platform.web.PageRequest;
import kr.fundflow.platform.web.PageResponse;

/**
 * Candidates that missed a proposal by one rule (e.g. "stage LEAP not allowed"), for
 * analysts asking why a company did not match; scoped by region like matches.
 */
@RestController
class NearMissController {

	private final FindMatches findMatches;

	NearMissController(FindMatches findMatches) {
		this.findMatches = findMatches;
	}

	@GetMapping("/api/near-misses")
	Mono<PageResponse<NearMissResponse>> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) UUID allocationId, @RequestParam(required = false) String brn,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		NearMissFilter filter = new NearMissFilter(QueryParameters.region(region), allocationId,
				QueryParameters.brn(brn));
		return MatchController.caller()
			.flatMap(caller -> this.findMatches.nearMisses(caller, filter, request.offset(), request.size()))
			.map(result -> PageResponse.of(result.content().stream().map(NearMissResponse::of).toList(), request,
					result.total()));
	}

}
