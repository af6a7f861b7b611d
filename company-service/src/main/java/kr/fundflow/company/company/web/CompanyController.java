package kr.fundflow.company.company.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import kr.fundflow.company.company.application.CompanySearch;
import kr.fundflow.company.company.application.FindCompanies;
import kr.fundflow.company.company.application.RegisterCompany;
import kr.fundflow.company.company.application.UpdateCompany;
import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.security.Callers;
import kr.fundflow.platform.web.PageRequest;
import kr.fundflow.platform.web.PageResponse;

@RestController
@RequestMapping("/api/companies")
class CompanyController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RegisterCompany registerCompany;

	private final UpdateCompany updateCompany;

	private final FindCompanies findCompanies;

	CompanyController(RegisterCompany registerCompany, UpdateCompany updateCompany, FindCompanies findCompanies) {
		this.registerCompany = registerCompany;
		this.updateCompany = updateCompany;
		this.findCompanies = findCompanies;
	}

	@PostMapping
	Mono<ResponseEntity<CompanyResponse>> register(@Valid @RequestBody CompanyRequest request) {
		return Callers.current()
			.flatMap(caller -> this.registerCompany.register(request.brn(), request.toDetails(), caller.subject()))
			.map(company -> ResponseEntity.created(URI.create("/api/companies/" + company.brn().digits()))
				.body(CompanyResponse.of(company)));
	}

	/** Replaces the profile; the number itself never changes. */
	@PutMapping("/{brn}")
	Mono<CompanyResponse> update(@PathVariable String brn, @Valid @RequestBody CompanyRequest request) {
		if (request.brn() != null
				&& !BusinessRegistrationNumber.parse(request.brn()).equals(BusinessRegistrationNumber.parse(brn))) {
			throw new InvalidInput("brn", "brn cannot change; it must match the number in the path");
		}
		return Callers.current()
			.flatMap(caller -> this.updateCompany.update(brn, request.toDetails(), caller.subject()))
			.map(CompanyResponse::of);
	}

	@GetMapping("/{brn}")
	Mono<CompanyResponse> get(@PathVariable String brn) {
		return Callers.current().flatMap(caller -> this.findCompanies.byBrn(brn, caller)).map(CompanyResponse::of);
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PageResponse<CompanyResponse>> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String certification, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String format) {
		if (format != null && !format.equals("json")) {
			throw new InvalidInput("format", "format must be json or csv");
		}
		PageRequest request = PageRequest.of(page, size);
		CompanySearch search = new CompanySearch(region, industry, stage, certification, q);
		return Callers.current()
			.flatMap(caller -> this.findCompanies.page(search, request.offset(), request.size(), caller))
			.map(found -> PageResponse.of(found.content().stream().map(CompanyResponse::of).toList(), request,
					found.total()));
	}

	/** Every matching company as CSV, asked for with {@code ?format=csv}. */
	@GetMapping(params = "format=csv")
	Mono<ResponseEntity<Flux<DataBuffer>>> exportByParameter(@RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String certification, @RequestParam(required = false) String q,
			@RequestParam(required = false) String columns, ServerWebExchange exchange) {
		return export(new CompanySearch(region, industry, stage, certification, q), columns, exchange);
	}

	/** Every matching company as CSV, asked for with {@code Accept: text/csv}. */
	@GetMapping(produces = "text/csv")
	Mono<ResponseEntity<Flux<DataBuffer>>> exportByAccept(@RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String certification, @RequestParam(required = false) String q,
			@RequestParam(required = false) String columns, ServerWebExchange exchange) {
		return export(new CompanySearch(region, industry, stage, certification, q), columns, exchange);
	}

	private Mono<ResponseEntity<Flux<DataBuffer>>> export(CompanySearch search, String columns,
			ServerWebExchange exchange) {
		CompanyCsv csv = CompanyCsv.withColumns(columns);
		// The criteria are checked before the first byte goes out, so a bad one still
		// gets
		// a 400 problem; a caller who may see nothing gets the header row alone.
		return Callers.current()
			.flatMap(caller -> this.findCompanies.filter(search, caller)
				.map(this.findCompanies::all)
				.defaultIfEmpty(Flux.empty()))
			.map(companies -> ResponseEntity.ok()
				.contentType(TEXT_CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("companies.csv").build().toString())
				.body(csv.write(companies, exchange.getResponse().bufferFactory())));
	}

}
