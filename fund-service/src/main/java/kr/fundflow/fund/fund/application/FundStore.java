package kr.fundflow.fund.fund.application;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.fund.fund.domain.Fund;

/** Where funds are kept (the persistence adapter implements it). */
public interface FundStore {

	Mono<Fund> insert(Fund fund);

	Mono<Fund> findById(UUID id);

	/** A page of funds, oldest first, with a stable order. */
	Flux<Fund> findPage(int offset, int limit);

	Mono<Long> count();

}
