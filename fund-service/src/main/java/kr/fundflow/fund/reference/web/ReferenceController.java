package kr.fundflow.fund.reference.web;

import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.fund.reference.application.ReferenceData;
import kr.fundflow.fund.reference.domain.Industry;
import kr.fundflow.fund.reference.domain.Instrument;
import kr.fundflow.fund.reference.domain.Region;

/**
 * Reference data for clients (forms, dashboards, the matching rules). Not paged: these
 * are small, bounded tables.
 */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

	private final ReferenceData reference;

	ReferenceController(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/regions")
	Flux<Region> regions() {
		return this.reference.regions();
	}

	@GetMapping("/industries")
	Flux<Industry> industries() {
		return this.reference.industries();
	}

	@GetMapping("/instruments")
	Flux<Instrument> instruments() {
		return this.reference.instruments();
	}

}
