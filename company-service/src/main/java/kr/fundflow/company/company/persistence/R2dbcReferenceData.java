package kr.fundflow.company.company.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import kr.fundflow.company.company.application.ReferenceData;
import kr.fundflow.company.company.domain.ReferenceCodes;

/**
 * Reads the reference codes in one round trip. Not cached: the tables are small, and a
 * code added by a migration is usable at once on every instance.
 */
@Repository
class R2dbcReferenceData implements ReferenceData {

	private final DatabaseClient db;

	R2dbcReferenceData(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<ReferenceCodes> codes() {
		return this.db.sql("""
				SELECT 'region' AS kind, code FROM region
				UNION ALL SELECT 'industry', code FROM industry
				UNION ALL SELECT 'instrument', code FROM instrument
				UNION ALL SELECT 'certification', code FROM certification""")
			.map(row -> Map.entry(row.get("kind", String.class), row.get("code", String.class)))
			.all()
			.collect(HashMap<String, Set<String>>::new,
					(byKind, entry) -> byKind.computeIfAbsent(entry.getKey(), kind -> new HashSet<>())
						.add(entry.getValue()))
			.map(byKind -> new ReferenceCodes(byKind.getOrDefault("region", Set.of()),
					byKind.getOrDefault("industry", Set.of()), byKind.getOrDefault("instrument", Set.of()),
					byKind.getOrDefault("certification", Set.of())));
	}

}
