package kr.fundflow.company.company.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import kr.fundflow.company.company.application.CompanyFilter;
import kr.fundflow.company.company.application.CompanyStore;
import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.company.company.domain.FundingDemand;
import kr.fundflow.company.company.domain.GrowthStage;

/**
 * Companies in {@code company} with their lists in child tables (order kept by
 * {@code position}); a read assembles a whole company in one row.
 */
@Repository
class R2dbcCompanyStore implements CompanyStore {

	private static final String SELECT = """
			SELECT c.brn, c.name, c.region, c.stage, c.employees, c.annual_revenue, c.founded_on, c.revision,
			       c.registered_at, c.registered_by, c.updated_at, c.updated_by,
			       ARRAY(SELECT i.industry FROM company_industry i WHERE i.brn = c.brn ORDER BY i.position) AS industries,
			       ARRAY(SELECT t.certification FROM company_certification t WHERE t.brn = c.brn ORDER BY t.position)
			           AS certifications,
			       (SELECT coalesce(jsonb_agg(jsonb_build_object('amount', d.amount, 'purpose', d.purpose,
			                   'instruments', ARRAY(SELECT di.instrument FROM company_demand_instrument di
			                                        WHERE di.brn = d.brn AND di.demand_position = d.position
			                                        ORDER BY di.position))
			                   ORDER BY d.position), '[]'::jsonb)
			        FROM company_demand d WHERE d.brn = c.brn) AS demands
			FROM company c""";

	private static final String ORDER = " ORDER BY c.name, c.brn";

	/** Rows fetched per round trip while streaming an export. */
	private static final int EXPORT_FETCH_SIZE = 500;

	private static final TypeReference<List<DemandRow>> DEMAND_ROWS = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final JsonMapper json;

	R2dbcCompanyStore(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	@Override
	public Mono<Boolean> insert(Company company) {
		CompanyProfile profile = company.profile();
		// DO NOTHING instead of an error: a concurrent insert of the same number waits
		// for the first
		// transaction and then inserts nothing, so exactly one registration wins.
		return this.db.sql("""
				INSERT INTO company (brn, name, region, stage, employees, annual_revenue, founded_on, revision,
				                     registered_at, registered_by, updated_at, updated_by)
				VALUES (:brn, :name, :region, :stage, :employees, :annualRevenue, :foundedOn, :revision,
				        :registeredAt, :registeredBy, :updatedAt, :updatedBy)
				ON CONFLICT (brn) DO NOTHING""")
			.bind("brn", company.brn().digits())
			.bind("name", profile.name())
			.bind("region", profile.region())
			.bind("stage", profile.stage().name())
			.bind("employees", profile.employees())
			.bind("annualRevenue", profile.annualRevenue())
			.bind("foundedOn", profile.foundedOn())
			.bind("revision", company.revision())
			.bind("registeredAt", company.registeredAt().atOffset(ZoneOffset.UTC))
			.bind("registeredBy", company.registeredBy())
			.bind("updatedAt", company.updatedAt().atOffset(ZoneOffset.UTC))
			.bind("updatedBy", company.updatedBy())
			.fetch()
			.rowsUpdated()
			.flatMap(rows -> (rows == 0) ? Mono.just(false) : insertLists(company).thenReturn(true));
	}

	@Override
	public Mono<Company> find(BusinessRegistrationNumber brn) {
		return this.db.sql(SELECT + " WHERE c.brn = :brn").bind("brn", brn.digits()).map(this::toCompany).one();
	}

	@Override
	public Mono<Company> findForUpdate(BusinessRegistrationNumber brn) {
		return this.db.sql(SELECT + " WHERE c.brn = :brn FOR UPDATE OF c")
			.bind("brn", brn.digits())
			.map(this::toCompany)
			.one();
	}

	@Override
	public Mono<Void> update(Company company) {
		CompanyProfile profile = company.profile();
		String brn = company.brn().digits();
		return this.db.sql("""
				UPDATE company SET name = :name, region = :region, stage = :stage, employees = :employees,
				       annual_revenue = :annualRevenue, founded_on = :foundedOn, revision = :revision,
				       updated_at = :updatedAt, updated_by = :updatedBy
				WHERE brn = :brn""")
			.bind("brn", brn)
			.bind("name", profile.name())
			.bind("region", profile.region())
			.bind("stage", profile.stage().name())
			.bind("employees", profile.employees())
			.bind("annualRevenue", profile.annualRevenue())
			.bind("foundedOn", profile.foundedOn())
			.bind("revision", company.revision())
			.bind("updatedAt", company.updatedAt().atOffset(ZoneOffset.UTC))
			.bind("updatedBy", company.updatedBy())
			.fetch()
			.rowsUpdated()
			.then(deleteLists(brn))
			.then(insertLists(company));
	}

	@Override
	public Flux<Company> find(CompanyFilter filter, long offset, int limit) {
		Where where = Where.of(filter);
		return where.bindTo(this.db.sql(SELECT + where.sql() + ORDER + " LIMIT :limit OFFSET :offset"))
			.bind("limit", limit)
			.bind("offset", offset)
			.map(this::toCompany)
			.all();
	}

	@Override
	public Flux<Company> findAll(CompanyFilter filter) {
		Where where = Where.of(filter);
		// A bounded fetch size makes the driver read the result in chunks as the client
		// takes
		// them, so an export of any size holds only a chunk in memory.
		return where.bindTo(this.db.sql(SELECT + where.sql() + ORDER))
			.filter(statement -> statement.fetchSize(EXPORT_FETCH_SIZE))
			.map(this::toCompany)
			.all();
	}

	@Override
	public Mono<Long> count(CompanyFilter filter) {
		Where where = Where.of(filter);
		return where.bindTo(this.db.sql("SELECT count(*) FROM company c" + where.sql()))
			.map(row -> row.get(0, Long.class))
			.one();
	}

	private Mono<Void> deleteLists(String brn) {
		// Demand instruments go with their demand (ON DELETE CASCADE).
		return Flux
			.concat(this.db.sql("DELETE FROM company_industry WHERE brn = :brn").bind("brn", brn).then(),
					this.db.sql("DELETE FROM company_certification WHERE brn = :brn").bind("brn", brn).then(),
					this.db.sql("DELETE FROM company_demand WHERE brn = :brn").bind("brn", brn).then())
			.then();
	}

	private Mono<Void> insertLists(Company company) {
		CompanyProfile profile = company.profile();
		String brn = company.brn().digits();
		List<Mono<Void>> inserts = new ArrayList<>();
		inserts.add(this.db.sql("""
				INSERT INTO company_industry (brn, position, industry)
				SELECT :brn, t.ord, t.code FROM unnest(:codes::text[]) WITH ORDINALITY AS t(code, ord)""")
			.bind("brn", brn)
			.bind("codes", profile.industries().toArray(String[]::new))
			.then());
		if (!profile.certifications().isEmpty()) {
			inserts.add(this.db.sql("""
					INSERT INTO company_certification (brn, position, certification)
					SELECT :brn, t.ord, t.code FROM unnest(:codes::text[]) WITH ORDINALITY AS t(code, ord)""")
				.bind("brn", brn)
				.bind("codes", profile.certifications().toArray(String[]::new))
				.then());
		}
		if (!profile.demands().isEmpty()) {
			inserts.add(insertDemands(brn, profile.demands()));
		}
		return Flux.concat(inserts).then();
	}

	private Mono<Void> insertDemands(String brn, List<FundingDemand> demands) {
		Long[] amounts = demands.stream().map(FundingDemand::amount).toArray(Long[]::new);
		String[] purposes = demands.stream().map(FundingDemand::purpose).toArray(String[]::new);
		List<Integer> demandPositions = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		List<String> instruments = new ArrayList<>();
		for (int d = 0; d < demands.size(); d++) {
			List<String> codes = demands.get(d).instruments();
			for (int i = 0; i < codes.size(); i++) {
				demandPositions.add(d + 1);
				positions.add(i + 1);
				instruments.add(codes.get(i));
			}
		}
		Mono<Void> insertDemands = this.db.sql("""
				INSERT INTO company_demand (brn, position, amount, purpose)
				SELECT :brn, t.ord, t.amount, t.purpose
				FROM unnest(:amounts::bigint[], :purposes::text[]) WITH ORDINALITY AS t(amount, purpose, ord)""")
			.bind("brn", brn)
			.bind("amounts", amounts)
			.bind("purposes", purposes)
			.then();
		if (instruments.isEmpty()) {
			return insertDemands;
		}
		return insertDemands.then(this.db.sql("""
				INSERT INTO company_demand_instrument (brn, demand_position, position, instrument)
				SELECT :brn, t.demand_position, t.position, t.instrument
				FROM unnest(:demandPositions::int[], :positions::int[], :instruments::text[])
				     AS t(demand_position, position, instrument)""")
			.bind("brn", brn)
			.bind("demandPositions", demandPositions.toArray(Integer[]::new))
			.bind("positions", positions.toArray(Integer[]::new))
			.bind("instruments", instruments.toArray(String[]::new))
			.then());
	}

	private Company toCompany(Readable row) {
		CompanyProfile profile = new CompanyProfile(row.get("name", String.class), row.get("region", String.class),
				Arrays.asList(row.get("industries", String[].class)),
				GrowthStage.valueOf(row.get("stage", String.class)), row.get("employees", Integer.class),
				row.get("annual_revenue", Long.class), row.get("founded_on", LocalDate.class),
				Arrays.asList(row.get("certifications", String[].class)), demands(row.get("demands", Json.class)));
		return new Company(new BusinessRegistrationNumber(row.get("brn", String.class)), profile,
				row.get("revision", Long.class), row.get("registered_at", OffsetDateTime.class).toInstant(),
				row.get("registered_by", String.class), row.get("updated_at", OffsetDateTime.class).toInstant(),
				row.get("updated_by", String.class));
	}

	private List<FundingDemand> demands(Json column) {
		return this.json.readValue(column.asArray(), DEMAND_ROWS)
			.stream()
			.map(demand -> new FundingDemand(demand.amount(), demand.purpose(), demand.instruments()))
			.toList();
	}

	private record DemandRow(long amount, String purpose, List<String> instruments) {
	}

	/** The WHERE clause of a filter and its bind values. */
	private record Where(String sql, Map<String, Object> values) {

		static Where of(CompanyFilter filter) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> values = new LinkedHashMap<>();
			if (filter.region() != null) {
				conditions.add("c.region = :region");
				values.put("region", filter.region());
			}
			if (filter.industry() != null) {
				conditions
					.add("EXISTS (SELECT 1 FROM company_industry fi WHERE fi.brn = c.brn AND fi.industry = :industry)");
				values.put("industry", filter.industry());
			}
			if (filter.stage() != null) {
				conditions.add("c.stage = :stage");
				values.put("stage", filter.stage().name());
			}
			if (filter.certification() != null) {
				conditions.add("EXISTS (SELECT 1 FROM company_certification fc "
						+ "WHERE fc.brn = c.brn AND fc.certification = :certification)");
				values.put("certification", filter.certification());
			}
			if (filter.nameQuery() != null) {
				// Same expression as the trigram index; the query's own % and _ match
				// literally.
				conditions.add("lower(c.name) LIKE lower(:namePattern) ESCAPE '\\'");
				values.put("namePattern", "%" + escapeLike(filter.nameQuery()) + "%");
			}
			String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
			return new Where(sql, values);
		}

		GenericExecuteSpec bindTo(GenericExecuteSpec spec) {
			GenericExecuteSpec bound = spec;
			for (Map.Entry<String, Object> value : this.values.entrySet()) {
				bound = bound.bind(value.getKey(), value.getValue());
			}
			return bound;
		}

		private static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

}
