package kr.fundflow.fund.fund.application;

import reactor.core.publisher.Mono;

import kr.fundflow.fund.fund.domain.Fund;

/**
 * What the fund capability announces. The messaging adapter writes it to the outbox
 * within the caller's transaction, so a change and its event commit together.
 */
public interface FundEvents {

	Mono<Void> fundCreated(Fund fund);

}
