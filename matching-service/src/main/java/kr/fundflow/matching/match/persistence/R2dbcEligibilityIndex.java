package kr.fundflow.matching.match.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import kr.fundflow.matching.match.application.EligibilityIndex;
import kr.fundflow.matching.match.domain.Allocation;
import kr.fundflow.matching.match.domain.AllocationStatus;
import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.RegionIndustry;

/**
 * The index in PostgreSQL: {@code allocation_target} and {@code company_target} hold one
 * row per (region, industry) pair with a primary key led by the pair, so a candidate
 * lookup is an index range scan whose cost depends on the candidates found, not on how
 * many allocations or companies exist.
 */
@Repository
class R2dbcEligibilityIndex implements EligibilityIndex {

	/**
	 * High half of the advisory-lock keys of pairs; keeps them apart from other advisory
	 * locks of this database (e.g. the outbox relay's).
	 */
	private static final long PAIR_LOCK_NAMESPACE = 0x6d61_7463L << 32;

	private static final String ALLOCATION_COLUMNS = "a.id, a.fund_id, a.title, a.channel, a.regions, a.industries, "
			+ "a.instrument, a.stages, a.max_employees, a.min_ticket, a.max_ticket, a.amount, a.committed, "
			+ "a.review_threshold, a.status";

	private static final String COMPANY_COLUMNS = "c.brn, c.name, c.region, c.industries, c.stage, c.employees, "
			+ "c.annual_revenue, c.founded_on, c.certifications, c.demands, c.revision";

	private final DatabaseClient db;

	R2dbcEligibilityIndex(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<Void> lockPairs(Collection<RegionIndustry> pairs) {
		// Sorted keys: every transaction takes its locks in the same order, so none
		// deadlock.
		Long[] keys = pairs.stream().map(R2dbcEligibilityIndex::lockKey).distinct().sorted().toArray(Long[]::new);
		if (keys.length == 0) {
			return Mono.empty();
		}
		return this.db.sql("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(:keys::bigint[]) AS k")
			.bind("keys", keys)
			.map(row -> row.get(0, Long.class))
			.one()
			.then();
	}

	@Override
	public Mono<Boolean> addAllocation(Allocation allocation, Instant allocatedAt) {
		return this.db.sql("""
				INSERT INTO allocation (id, fund_id, title, channel, regions, industries, instrument, stages,
				    max_employees, min_ticket, max_ticket, amount, committed, review_threshold, status, amount_as_of,
				    allocated_at)
				VALUES (:id, :fundId, :title, :channel, :regions, :industries, :instrument, :stages, :maxEmployees,
				    :minTicket, :maxTicket, :amount, :committed, :reviewThreshold, :status, :allocatedAt, :allocatedAt)
				ON CONFLICT (id) DO NOTHING""")
			.bind("id", allocation.id())
			.bind("fundId", allocation.fundId())
			.bind("title", Parameter.fromOrEmpty(allocation.title(), String.class))
			.bind("channel", allocation.channel())
			.bind("regions", array(allocation.regions()))
			.bind("industries", array(allocation.industries()))
			.bind("instrument", allocation.instrument())
			.bind("stages", array(allocation.stages()))
			.bind("maxEmployees", Parameter.fromOrEmpty(allocation.maxEmployees(), Integer.class))
			.bind("minTicket", Parameter.fromOrEmpty(allocation.minTicket(), Long.class))
			.bind("maxTicket", Parameter.fromOrEmpty(allocation.maxTicket(), Long.class))
			.bind("amount", allocation.amount())
			.bind("committed", allocation.committed())
			.bind("reviewThreshold", allocation.reviewThreshold())
			.bind("status", allocation.status().name())
			.bind("allocatedAt", time(allocatedAt))
			.fetch()
			.rowsUpdated()
			.flatMap(inserted -> (inserted == 0) ? Mono.just(false)
					: (allocation.isOpen() ? addAllocationTargets(allocation) : Mono.empty()).thenReturn(true));
	}

	private Mono<Void> addAllocationTargets(Allocation allocation) {
		return this.db.sql("""
				INSERT INTO allocation_target (region, industry, allocation_id)
				SELECT r, i, :id FROM unnest(:regions::text[]) AS r CROSS JOIN unnest(:industries::text[]) AS i
				ON CONFLICT DO NOTHING""")
			.bind("id", allocation.id())
			.bind("regions", array(allocation.regions()))
			.bind("industries", array(allocation.industries()))
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Allocation> findAllocation(UUID allocationId) {
		return this.db.sql("SELECT " + ALLOCATION_COLUMNS + " FROM allocation a WHERE a.id = :id")
			.bind("id", allocationId)
			.map(R2dbcEligibilityIndex::toAllocation)
			.one();
	}

	@Override
	public Mono<Boolean> adjustAllocation(UUID allocationId, long amount, Instant asOf) {
		return this.db.sql(
				"UPDATE allocation SET amount = :amount, amount_as_of = :asOf WHERE id = :id AND amount_as_of <= :asOf")
			.bind("id", allocationId)
			.bind("amount", amount)
			.bind("asOf", time(asOf))
			.fetch()
			.rowsUpdated()
			.map(updated -> updated > 0);
	}

	@Override
	public Mono<Void> closeAllocation(UUID allocationId, Instant closedAt) {
		return this.db
			.sql("UPDATE allocation SET status = 'CLOSED', closed_at = :closedAt WHERE id = :id AND status = 'OPEN'")
			.bind("id", allocationId)
			.bind("closedAt", time(closedAt))
			.fetch()
			.rowsUpdated()
			.then(this.db.sql("DELETE FROM allocation_target WHERE allocation_id = :id")
				.bind("id", allocationId)
				.fetch()
				.rowsUpdated())
			.then();
	}

	@Override
	public Mono<Void> recordCommitted(UUID allocationId, long committed) {
		return this.db.sql("UPDATE allocation SET committed = GREATEST(committed, :committed) WHERE id = :id")
			.bind("id", allocationId)
			.bind("committed", committed)
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Company> findCompany(String brn) {
		return this.db.sql("SELECT " + COMPANY_COLUMNS + " FROM company c WHERE c.brn = :brn")
			.bind("brn", brn)
			.map(R2dbcEligibilityIndex::toCompany)
			.one();
	}

	@Override
	public Mono<Boolean> storeCompany(Company company, Instant at) {
		return this.db.sql("""
				INSERT INTO company (brn, name, region, industries, stage, employees, annual_revenue, founded_on,
				    certifications, demands, revision, updated_at)
				VALUES (:brn, :name, :region, :industries, :stage, :employees, :annualRevenue, :foundedOn,
				    :certifications, :demands, :revision, :at)
				ON CONFLICT (brn) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region,
				    industries = EXCLUDED.industries, stage = EXCLUDED.stage, employees = EXCLUDED.employees,
				    annual_revenue = EXCLUDED.annual_revenue, founded_on = EXCLUDED.founded_on,
				    certifications = EXCLUDED.certifications, demands = EXCLUDED.demands,
				    revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at
				WHERE company.revision < EXCLUDED.revision""")
			.bind("brn", company.brn())
			.bind("name", company.name())
			.bind("region", company.region())
			.bind("industries", array(company.industries()))
			.bind("stage", company.stage())
			.bind("employees", company.employees())
			.bind("annualRevenue", company.annualRevenue())
			.bind("foundedOn", Parameter.fromOrEmpty(company.foundedOn(), LocalDate.class))
			.bind("certifications", array(company.certifications()))
			.bind("demands", JsonColumns.demands(company.demands()))
			.bind("revision", company.revision())
			.bind("at", time(at))
			.fetch()
			.rowsUpdated()
			.flatMap(stored -> (stored == 0) ? Mono.just(false) : replaceCompanyTargets(company).thenReturn(true));
	}

	private Mono<Void> replaceCompanyTargets(Company company) {
		return this.db.sql("DELETE FROM company_target WHERE brn = :brn")
			.bind("brn", company.brn())
			.fetch()
			.rowsUpdated()
			.then(this.db.sql("""
					INSERT INTO company_target (region, industry, brn)
					SELECT :region, i, :brn FROM unnest(:industries::text[]) AS i
					ON CONFLICT DO NOTHING""")
				.bind("region", company.region())
				.bind("brn", company.brn())
				.bind("industries", array(company.industries()))
				.fetch()
				.rowsUpdated())
			.then();
	}

	@Override
	public Flux<Allocation> allocationsFor(Company company) {
		// Candidate ids first (index scans of the pair and of the company's matches),
		// then
		// the allocations by primary key: "= ANY(ARRAY(...))" keeps the planner from
		// hash-joining the few candidates against a scan of every allocation.
		return this.db.sql("SELECT " + ALLOCATION_COLUMNS + """
				 FROM allocation a WHERE a.id = ANY(ARRAY(
				    SELECT t.allocation_id FROM allocation_target t
				    WHERE t.region = :region AND t.industry = ANY(:industries::text[])
				    UNION
				    SELECT m.allocation_id FROM match m
				    WHERE m.brn = :brn AND m.status IN ('PROPOSED', 'INFO_REQUESTED')))
				ORDER BY a.id""")
			.bind("region", company.region())
			.bind("industries", array(company.industries()))
			.bind("brn", company.brn())
			.map(R2dbcEligibilityIndex::toAllocation)
			.all();
	}

	@Override
	public Flux<Company> companiesFor(Allocation allocation) {
		return this.db.sql("SELECT " + COMPANY_COLUMNS + """
				 FROM company c WHERE c.brn = ANY(ARRAY(
				    SELECT t.brn FROM company_target t
				    WHERE t.region = ANY(:regions::text[]) AND t.industry = ANY(:industries::text[])
				    UNION
				    SELECT m.brn FROM match m
				    WHERE m.allocation_id = :id AND m.status IN ('PROPOSED', 'INFO_REQUESTED')))
				ORDER BY c.brn""")
			.bind("regions", array(allocation.regions()))
			.bind("industries", array(allocation.industries()))
			.bind("id", allocation.id())
			.map(R2dbcEligibilityIndex::toCompany)
			.all();
	}

	static long lockKey(RegionIndustry pair) {
		CRC32 crc = new CRC32();
		crc.update((pair.region() + "/" + pair.industry()).getBytes(StandardCharsets.UTF_8));
		return PAIR_LOCK_NAMESPACE | crc.getValue();
	}

	private static String[] array(List<String> values) {
		return values.toArray(String[]::new);
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Allocation toAllocation(Readable row) {
		return new Allocation(row.get("id", UUID.class), row.get("fund_id", UUID.class), row.get("title", String.class),
				row.get("channel", String.class), list(row.get("regions", String[].class)),
				list(row.get("industries", String[].class)), row.get("instrument", String.class),
				list(row.get("stages", String[].class)), row.get("max_employees", Integer.class),
				row.get("min_ticket", Long.class), row.get("max_ticket", Long.class), row.get("amount", Long.class),
				row.get("committed", Long.class), row.get("review_threshold", Long.class),
				AllocationStatus.valueOf(row.get("status", String.class)));
	}

	private static Company toCompany(Readable row) {
		return new Company(row.get("brn", String.class), row.get("name", String.class), row.get("region", String.class),
				list(row.get("industries", String[].class)), row.get("stage", String.class),
				row.get("employees", Integer.class), row.get("annual_revenue", Long.class),
				row.get("founded_on", LocalDate.class), list(row.get("certifications", String[].class)),
				JsonColumns.demands(row.get("demands", Json.class)), row.get("revision", Long.class));
	}

	private static List<String> list(String[] values) {
		return (values != null) ? Arrays.asList(values) : List.of();
	}

}
