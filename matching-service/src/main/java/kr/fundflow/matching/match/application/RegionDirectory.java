package kr.fundflow.matching.match.application;

import reactor.core.publisher.Mono;

import kr.fundflow.matching.match.domain.Regions;

/** The region reference table (platform migrations) of this service's database. */
public interface RegionDirectory {

	Mono<Regions> regions();

}
