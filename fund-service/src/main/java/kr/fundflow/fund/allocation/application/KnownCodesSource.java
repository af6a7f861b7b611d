package kr.fundflow.fund.allocation.application;

import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.fund.allocation.domain.KnownCodes;
import kr.fundflow.fund.reference.application.ReferenceData;

/**
 * The codes of the reference tables, read per request: they are tiny, and a code added by
 * a migration counts at once on every instance.
 */
@Component
public class KnownCodesSource {

	private final ReferenceData reference;

	public KnownCodesSource(ReferenceData reference) {
		this.reference = reference;
	}

	public Mono<KnownCodes> current() {
		Mono<Set<String>> regions = this.reference.regions().map(region -> region.code()).collect(Collectors.toSet());
		Mono<Set<String>> industries = this.reference.industries()
			.map(industry -> industry.code())
			.collect(Collectors.toSet());
		Mono<Set<String>> instruments = this.reference.instruments()
			.map(instrument -> instrument.code())
			.collect(Collectors.toSet());
		return Mono.zip(regions, industries, instruments)
			.map(codes -> new KnownCodes(codes.getT1(), codes.getT2(), codes.getT3()));
	}

}
