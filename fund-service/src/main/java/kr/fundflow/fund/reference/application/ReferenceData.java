package kr.fundflow.fund.reference.application;

import reactor.core.publisher.Flux;

import kr.fundflow.fund.reference.domain.Industry;
import kr.fundflow.fund.reference.domain.Instrument;
import kr.fundflow.fund.reference.domain.Region;

/**
 * The shared reference tables (platform migrations), in their display order. They are
 * small and bounded, so they are read whole.
 */
public interface ReferenceData {

	Flux<Region> regions();

	Flux<Industry> industries();

	Flux<Instrument> instruments();

}
