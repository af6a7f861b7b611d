package kr.fundflow.fund.flow.application;

import java.util.UUID;

import reactor.core.publisher.Mono;

import kr.fundflow.fund.fund.application.FundStore;
import kr.fundflow.fund.fund.domain.Fund;
import kr.fundflow.platform.errors.NotFound;

/** Every dashboard figure is of a fund; an unknown one is a 404. */
final class FundLookup {

	private FundLookup() {
	}

	static Mono<Fund> existing(FundStore funds, UUID fundId) {
		return funds.findById(fundId).switchIfEmpty(Mono.error(() -> new NotFound("Fund", fundId)));
	}

}
