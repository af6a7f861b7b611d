package kr.fundflow.fund.ledger.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

import kr.fundflow.fund.ledger.application.LedgerStore;
import kr.fundflow.fund.ledger.application.RecordDisbursement;
import kr.fundflow.fund.ledger.application.RecordedDisbursement;
import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.Disbursement;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Callers;
import kr.fundflow.platform.web.PageRequest;
import kr.fundflow.platform.web.PageResponse;

/**
 * The budget ledger of an allocation: record a disbursement on a committed match, and
 * read the commitments and disbursements (the audit trail), oldest first.
 */
@RestController
@RequestMapping("/api/allocations/{allocationId}")
class LedgerController {

	private final RecordDisbursement recordDisbursement;

	private final LedgerStore ledger;

	LedgerController(RecordDisbursement recordDisbursement, LedgerStore ledger) {
		this.recordDisbursement = recordDisbursement;
		this.ledger = ledger;
	}

	record DisbursementRequest(@NotNull UUID matchId, @NotNull @Positive Long amount, @Size(max = 500) String note) {
	}

	record CommitmentResponse(UUID id, UUID allocationId, UUID fundId, UUID matchId, String brn, long amount,
			long disbursed, Instant committedAt) {

		static CommitmentResponse of(Commitment commitment) {
			return new CommitmentResponse(commitment.id(), commitment.allocationId(), commitment.fundId(),
					commitment.matchId(), commitment.brn(), commitment.amount(), commitment.disbursed(),
					commitment.committedAt());
		}

	}

	record DisbursementResponse(UUID id, UUID allocationId, UUID commitmentId, UUID matchId, String brn, long amount,
			String note, Instant disbursedAt, String recordedBy) {

		static DisbursementResponse of(Disbursement disbursement) {
			return new DisbursementResponse(disbursement.id(), disbursement.allocationId(), disbursement.commitmentId(),
					disbursement.matchId(), disbursement.brn(), disbursement.amount(), disbursement.note(),
					disbursement.disbursedAt(), disbursement.recordedBy());
		}

	}

	/** A new disbursement with its match's committed and disbursed totals after it. */
	record RecordedDisbursementResponse(UUID id, UUID allocationId, UUID commitmentId, UUID matchId, String brn,
			long amount, String note, Instant disbursedAt, String recordedBy, long matchCommitted,
			long matchDisbursed) {

		static RecordedDisbursementResponse of(RecordedDisbursement recorded) {
			Disbursement disbursement = recorded.disbursement();
			return new RecordedDisbursementResponse(disbursement.id(), disbursement.allocationId(),
					disbursement.commitmentId(), disbursement.matchId(), disbursement.brn(), disbursement.amount(),
					disbursement.note(), disbursement.disbursedAt(), disbursement.recordedBy(),
					recorded.commitment().amount(), recorded.commitment().disbursed());
		}

	}

	@PostMapping("/disbursements")
	Mono<ResponseEntity<RecordedDisbursementResponse>> disburse(@PathVariable UUID allocationId,
			@Valid @RequestBody DisbursementRequest request) {
		return Callers.current()
			.map(Caller::subject)
			.flatMap(subject -> this.recordDisbursement.record(allocationId, request.matchId(), request.amount(),
					request.note(), subject))
			.map(recorded -> ResponseEntity
				.created(URI
					.create("/api/allocations/" + allocationId + "/disbursements/" + recorded.disbursement().id()))
				.body(RecordedDisbursementResponse.of(recorded)));
	}

	@GetMapping("/disbursements/{disbursementId}")
	Mono<DisbursementResponse> disbursement(@PathVariable UUID allocationId, @PathVariable UUID disbursementId) {
		return this.ledger.findDisbursement(allocationId, disbursementId)
			.switchIfEmpty(Mono.error(() -> new NotFound("Disbursement", disbursementId)))
			.map(DisbursementResponse::of);
	}

	@GetMapping("/commitments")
	Mono<PageResponse<CommitmentResponse>> commitments(@PathVariable UUID allocationId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return requireAllocation(allocationId)
			.then(this.ledger.commitments(allocationId, request.offset(), request.size())
				.map(CommitmentResponse::of)
				.collectList()
				.zipWith(this.ledger.countCommitments(allocationId),
						(content, total) -> PageResponse.of(content, request, total)));
	}

	@GetMapping("/disbursements")
	Mono<PageResponse<DisbursementResponse>> disbursements(@PathVariable UUID allocationId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return requireAllocation(allocationId)
			.then(this.ledger.disbursements(allocationId, request.offset(), request.size())
				.map(DisbursementResponse::of)
				.collectList()
				.zipWith(this.ledger.countDisbursements(allocationId),
						(content, total) -> PageResponse.of(content, request, total)));
	}

	private Mono<Void> requireAllocation(UUID allocationId) {
		return this.ledger.budgetLine(allocationId)
			.switchIfEmpty(Mono.error(() -> new NotFound("Allocation", allocationId)))
			.then();
	}

}
