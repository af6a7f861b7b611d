package kr.fundflow.fund.fund.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.fund.fund.application.CreateFund;
import kr.fundflow.fund.fund.application.FundStore;
import kr.fundflow.fund.fund.application.NewFund;
import kr.fundflow.fund.fund.domain.Fund;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Callers;
import kr.fundflow.platform.web.PageRequest;
import kr.fundflow.platform.web.PageResponse;

@RestController
@RequestMapping("/api/funds")
class FundController {

	private final CreateFund createFund;

	private final FundStore funds;

	FundController(CreateFund createFund, FundStore funds) {
		this.createFund = createFund;
		this.funds = funds;
	}

	record CreateFundRequest(@NotBlank @Size(max = 200) String name, @NotNull @Positive Long totalCap,
			@NotNull LocalDate periodStart, @NotNull LocalDate periodEnd, @NotNull @PositiveOrZero Long regionalMinimum,
			@NotNull @PositiveOrZero Long aiMinimum, @Positive Long reviewThreshold) {
	}

	record FundResponse(UUID id, String name, long totalCap, LocalDate periodStart, LocalDate periodEnd,
			long regionalMinimum, long aiMinimum, long reviewThreshold) {

		static FundResponse of(Fund fund) {
			return new FundResponse(fund.id(), fund.name(), fund.totalCap(), fund.periodStart(), fund.periodEnd(),
					fund.regionalMinimum(), fund.aiMinimum(), fund.reviewThreshold());
		}

	}

	@PostMapping
	Mono<ResponseEntity<FundResponse>> create(@Valid @RequestBody CreateFundRequest request) {
		NewFund newFund = new NewFund(request.name(), request.totalCap(), request.periodStart(), request.periodEnd(),
				request.regionalMinimum(), request.aiMinimum(), request.reviewThreshold());
		return Callers.current()
			.map(Caller::subject)
			.flatMap(subject -> this.createFund.create(newFund, subject))
			.map(fund -> ResponseEntity.created(URI.create("/api/funds/" + fund.id())).body(FundResponse.of(fund)));
	}

	@GetMapping("/{fundId}")
	Mono<FundResponse> get(@PathVariable UUID fundId) {
		return this.funds.findById(fundId)
			.switchIfEmpty(Mono.error(() -> new NotFound("Fund", fundId)))
			.map(FundResponse::of);
	}

	@GetMapping
	Mono<PageResponse<FundResponse>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return this.funds.findPage((int) request.offset(), request.size())
			.map(FundResponse::of)
			.collectList()
			.zipWith(this.funds.count(), (content, total) -> PageResponse.of(content, request, total));
	}

}
