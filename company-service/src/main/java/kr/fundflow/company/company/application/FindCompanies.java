package kr.fundflow.company.company.application;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.GrowthStage;
import kr.fundflow.company.company.domain.ReferenceCodes;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Role;

/**
 * Reads the registry as a caller may see it: everyone sees every company, except a
 * working group, which sees only its own region's (another region's company does not
 * exist for it).
 */
@Service
public class FindCompanies {

	public static final int MAX_QUERY_LENGTH = 200;

	private final CompanyStore companies;

	private final ReferenceData referenceData;

	private final Counter exported;

	public FindCompanies(CompanyStore companies, ReferenceData referenceData, MeterRegistry meters) {
		this.companies = companies;
		this.referenceData = referenceData;
		this.exported = Counter.builder("fundflow.companies.exported")
			.description("Company rows written to CSV exports")
			.register(meters);
	}

	/** One page of a search and the number of all matches. */
	public record Found(List<Company> content, long total) {
	}

	public Mono<Company> byBrn(String brn, Caller caller) {
		return Mono.fromCallable(() -> BusinessRegistrationNumber.parse(brn))
			.flatMap(number -> this.companies.find(number)
				.filter(company -> caller.canSeeRegion(company.profile().region()))
				.switchIfEmpty(Mono.error(() -> new NotFound("Company", number))));
	}

	/**
	 * Checks the criteria (unknown codes are refused, naming the parameter) and narrows
	 * them to what the caller may see; empty when the caller may see no match at all.
	 */
	public Mono<CompanyFilter> filter(CompanySearch search, Caller caller) {
		return this.referenceData.codes().flatMap(codes -> {
			CompanyFilter filter = check(search, codes);
			if (!caller.is(Role.WORKING_GROUP)) {
				return Mono.just(filter);
			}
			return Mono.justOrEmpty(caller.region())
				.filter(own -> filter.region() == null || filter.region().equals(own))
				.map(own -> new CompanyFilter(own, filter.industry(), filter.stage(), filter.certification(),
						filter.nameQuery()));
		});
	}

	public Mono<Found> page(CompanySearch search, long offset, int limit, Caller caller) {
		return filter(search, caller)
			.flatMap(filter -> this.companies.find(filter, offset, limit)
				.collectList()
				.zipWith(this.companies.count(filter), Found::new))
			.defaultIfEmpty(new Found(List.of(), 0));
	}

	/** Every match of a checked filter, streamed (for exports). */
	public Flux<Company> all(CompanyFilter filter) {
		return this.companies.findAll(filter).doOnNext(company -> this.exported.increment());
	}

	private static CompanyFilter check(CompanySearch search, ReferenceCodes codes) {
		String region = blankToNull(search.region());
		if (region != null) {
			codes.requireRegion("region", region);
		}
		String industry = blankToNull(search.industry());
		if (industry != null) {
			codes.requireIndustry("industry", industry);
		}
		String stage = blankToNull(search.stage());
		String certification = blankToNull(search.certification());
		if (certification != null) {
			codes.requireCertification("certification", certification);
		}
		String q = blankToNull(search.q());
		if (q != null && q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
			throw new InvalidInput("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
		}
		return new CompanyFilter(region, industry, (stage != null) ? GrowthStage.parse(stage, "stage") : null,
				certification, q);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
