package kr.fundflow.fund.reference.persistence;

import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.reference.application.ReferenceData;
import kr.fundflow.fund.reference.domain.Industry;
import kr.fundflow.fund.reference.domain.Instrument;
import kr.fundflow.fund.reference.domain.Region;

@Repository
class R2dbcReferenceData implements ReferenceData {

	private final DatabaseClient db;

	R2dbcReferenceData(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Flux<Region> regions() {
		return this.db.sql("SELECT code, name_ko, name_en, capital_area FROM region ORDER BY sort_order, code")
			.map(row -> new Region(row.get("code", String.class), row.get("name_ko", String.class),
					row.get("name_en", String.class), row.get("capital_area", Boolean.class)))
			.all();
	}

	@Override
	public Flux<Industry> industries() {
		return this.db.sql("SELECT code, name_ko, name_en, counts_toward_ai FROM industry ORDER BY sort_order, code")
			.map(row -> new Industry(row.get("code", String.class), row.get("name_ko", String.class),
					row.get("name_en", String.class), row.get("counts_toward_ai", Boolean.class)))
			.all();
	}

	@Override
	public Flux<Instrument> instruments() {
		return this.db.sql("SELECT code, name_ko, name_en FROM instrument ORDER BY sort_order, code")
			.map(row -> new Instrument(row.get("code", String.class), row.get("name_ko", String.class),
					row.get("name_en", String.class)))
			.all();
	}

}
