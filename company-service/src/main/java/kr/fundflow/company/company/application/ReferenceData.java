package kr.fundflow.company.company.application;

import reactor.core.publisher.Mono;

import kr.fundflow.company.company.domain.ReferenceCodes;

/** The reference tables' codes (regions, industries, instruments, certifications). */
public interface ReferenceData {

	Mono<ReferenceCodes> codes();

}
