package kr.fundflow.matching.match.persistence;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import kr.fundflow.matching.match.application.RegionDirectory;
import kr.fundflow.matching.match.domain.Regions;

/**
 * Reads the region table once an hour at most: it changes only with a migration, and
 * every candidate evaluation needs it.
 */
@Repository
class R2dbcRegionDirectory implements RegionDirectory {

	private final Mono<Regions> regions;

	R2dbcRegionDirectory(DatabaseClient db) {
		this.regions = db.sql("SELECT code, capital_area FROM region ORDER BY sort_order, code")
			.map(row -> Map.entry(row.get("code", String.class), row.get("capital_area", Boolean.class)))
			.all()
			.collectList()
			.map(rows -> {
				Map<String, Boolean> capitalArea = new LinkedHashMap<>();
				rows.forEach(entry -> capitalArea.put(entry.getKey(), entry.getValue()));
				return new Regions(capitalArea);
			})
			// Errors and an empty table are not cached: the next call asks again.
			.cache(loaded -> loaded.codes().isEmpty() ? Duration.ZERO : Duration.ofHours(1), error -> Duration.ZERO,
					() -> Duration.ZERO);
	}

	@Override
	public Mono<Regions> regions() {
		return this.regions;
	}

}
