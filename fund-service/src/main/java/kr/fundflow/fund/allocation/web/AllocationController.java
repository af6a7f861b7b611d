package kr.fundflow.fund.allocation.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.fund.allocation.application.AdjustAllocation;
import kr.fundflow.fund.allocation.application.AllocationFilter;
import kr.fundflow.fund.allocation.application.CloseAllocation;
import kr.fundflow.fund.allocation.application.CreateAllocation;
import kr.fundflow.fund.allocation.application.FindAllocations;
import kr.fundflow.fund.allocation.application.NewAllocation;
import kr.fundflow.fund.allocation.domain.AllocationStatus;
import kr.fundflow.fund.allocation.domain.InstrumentTerms;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Callers;
import kr.fundflow.platform.web.PageRequest;
import kr.fundflow.platform.web.PageResponse;

/**
 * Allocations (SPEC §5): open one under a fund, list and export them with filters, read
 * one, adjust its amount or close it. The list answers JSON pages, or the whole filtered
 * list as CSV with {@code Accept: text/csv} or {@code ?format=csv}.
 */
@RestController
class AllocationController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv");

	private final CreateAllocation createAllocation;

	private final AdjustAllocation adjustAllocation;

	private final CloseAllocation closeAllocation;

	private final FindAllocations findAllocations;

	AllocationController(CreateAllocation createAllocation, AdjustAllocation adjustAllocation,
			CloseAllocation closeAllocation, FindAllocations findAllocations) {
		this.createAllocation = createAllocation;
		this.adjustAllocation = adjustAllocation;
		this.closeAllocation = closeAllocation;
		this.findAllocations = findAllocations;
	}

	/** Optional fields may be left out; the domain checks what each instrument needs. */
	record CreateAllocationRequest(String title, String channel, List<String> regions, List<String> industries,
			String instrument, TermsRequest terms, List<String> stages, Integer maxEmployees, Long minTicket,
			Long maxTicket, @NotNull Long amount) {

		NewAllocation toNewAllocation() {
			InstrumentTerms instrumentTerms = (this.terms != null) ? new InstrumentTerms(this.terms.coverageRatioPct(),
					this.terms.feeDiscountBp(), this.terms.subsidyRateBp(), this.terms.termMonths()) : null;
			return new NewAllocation(this.title, this.channel, this.regions, this.industries, this.instrument,
					instrumentTerms, this.stages, this.maxEmployees, this.minTicket, this.maxTicket, this.amount);
		}

	}

	record TermsRequest(Integer coverageRatioPct, Integer feeDiscountBp, Integer subsidyRateBp, Integer termMonths) {
	}

	/**
	 * Either {@code amount} (an adjustment) or {@code status: CLOSED}, each with a
	 * reason.
	 */
	record ChangeAllocationRequest(Long amount, String status, String reason) {
	}

	@PostMapping("/api/funds/{fundId}/allocations")
	Mono<ResponseEntity<AllocationResponse>> create(@PathVariable UUID fundId,
			@Valid @RequestBody CreateAllocationRequest request) {
		NewAllocation newAllocation = request.toNewAllocation();
		return Callers.current()
			.map(Caller::subject)
			.flatMap(subject -> this.createAllocation.create(fundId, newAllocation, subject))
			.map(allocation -> ResponseEntity.created(URI.create("/api/allocations/" + allocation.id()))
				.body(AllocationResponse.of(allocation)));
	}

	@GetMapping("/api/allocations/{allocationId}")
	Mono<AllocationResponse> get(@PathVariable UUID allocationId) {
		return this.findAllocations.byId(allocationId).map(AllocationResponse::of);
	}

	@PatchMapping("/api/allocations/{allocationId}")
	Mono<AllocationResponse> change(@PathVariable UUID allocationId, @RequestBody ChangeAllocationRequest request) {
		if (request.amount() != null && request.status() != null) {
			throw new InvalidInput("status", "send either amount (to adjust) or status (to close), not both");
		}
		if (request.amount() != null) {
			return this.adjustAllocation.adjust(allocationId, request.amount(), request.reason())
				.map(AllocationResponse::of);
		}
		if (request.status() == null) {
			throw new InvalidInput("amount", "send amount (to adjust) or status CLOSED (to close)");
		}
		if (AllocationStatus.parse("status", request.status()) != AllocationStatus.CLOSED) {
			throw new InvalidInput("status", "an allocation can only be changed to CLOSED");
		}
		return this.closeAllocation.close(allocationId, request.reason()).map(AllocationResponse::of);
	}

	@GetMapping("/api/allocations")
	Mono<PageResponse<AllocationResponse>> list(@RequestParam(required = false) UUID fundId,
			@RequestParam(required = false) String region, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String instrument, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String format) {
		if (format != null && !format.equals("json")) {
			throw new InvalidInput("format", "format must be json or csv");
		}
		AllocationFilter filter = filter(fundId, region, industry, instrument, status);
		PageRequest request = PageRequest.of(page, size);
		return this.findAllocations.page(filter, request.offset(), request.size())
			.map(found -> PageResponse.of(found.content().stream().map(AllocationResponse::of).toList(), request,
					found.total()));
	}

	@GetMapping(path = "/api/allocations", produces = "text/csv")
	Mono<ResponseEntity<Flux<DataBuffer>>> exportAccepted(@RequestParam(required = false) UUID fundId,
			@RequestParam(required = false) String region, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String instrument, @RequestParam(required = false) String status,
			@RequestParam(required = false) String columns) {
		return export(filter(fundId, region, industry, instrument, status), columns);
	}

	@GetMapping(path = "/api/allocations", params = "format=csv")
	Mono<ResponseEntity<Flux<DataBuffer>>> exportRequested(@RequestParam(required = false) UUID fundId,
			@RequestParam(required = false) String region, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String instrument, @RequestParam(required = false) String status,
			@RequestParam(required = false) String columns) {
		return export(filter(fundId, region, industry, instrument, status), columns);
	}

	/**
	 * Every row of the filtered list, streamed from the database (not one page). Columns
	 * and filter are checked before the first byte, so mistakes are still clean 400s.
	 */
	private Mono<ResponseEntity<Flux<DataBuffer>>> export(AllocationFilter filter, String columnsParameter) {
		List<String> columns = AllocationCsv.columns(columnsParameter);
		return this.findAllocations.checked(filter)
			.map(checked -> ResponseEntity.ok()
				.contentType(new MediaType(TEXT_CSV, StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("allocations.csv").build().toString())
				.body(AllocationCsv.write(columns, this.findAllocations.all(checked))));
	}

	private static AllocationFilter filter(UUID fundId, String region, String industry, String instrument,
			String status) {
		return new AllocationFilter(fundId, region, industry, instrument,
				(status != null) ? AllocationStatus.parse("status", status) : null);
	}

}
