package kr.fundflow.fund.flow.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.flow.application.AllocationProfile;
import kr.fundflow.fund.flow.application.FlowEvent;
import kr.fundflow.fund.flow.application.FlowProjection;
import kr.fundflow.fund.flow.application.ParkedChange;
import kr.fundflow.fund.flow.application.PlaceNames;
import kr.fundflow.fund.flow.domain.Attribution;
import kr.fundflow.fund.flow.domain.MatchChange;
import kr.fundflow.fund.flow.domain.MatchFlow;
import kr.fundflow.fund.flow.domain.MatchState;
import kr.fundflow.fund.flow.domain.StageDelta;

@Repository
class R2dbcFlowProjection implements FlowProjection {

	private final DatabaseClient db;

	R2dbcFlowProjection(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<AllocationProfile> allocation(UUID allocationId) {
		return this.db
			.sql("SELECT id, fund_id, channel, instrument, regions[1] AS region, industries[1] AS industry, "
					+ "stages[1] AS growth_stage FROM allocation WHERE id = :id")
			.bind("id", allocationId)
			.map(row -> new AllocationProfile(row.get("id", UUID.class), row.get("fund_id", UUID.class),
					row.get("channel", String.class), row.get("instrument", String.class),
					new Attribution(row.get("region", String.class), row.get("industry", String.class),
							row.get("growth_stage", String.class))))
			.one();
	}

	@Override
	public Mono<PlaceNames> names(String region, String industry) {
		return this.db
			.sql("SELECT r.name_ko AS region_ko, r.name_en AS region_en, i.name_ko AS industry_ko, "
					+ "i.name_en AS industry_en FROM region r CROSS JOIN industry i "
					+ "WHERE r.code = :region AND i.code = :industry")
			.bind("region", region)
			.bind("industry", industry)
			.map(row -> new PlaceNames(row.get("region_ko", String.class), row.get("region_en", String.class),
					row.get("industry_ko", String.class), row.get("industry_en", String.class)))
			.one();
	}

	@Override
	public Mono<MatchFlow> lockMatch(UUID matchId, AllocationProfile allocation) {
		Mono<Long> created = this.db
			.sql("INSERT INTO flow_match (match_id, fund_id, allocation_id) VALUES (:matchId, :fundId, :allocationId) "
					+ "ON CONFLICT (match_id) DO NOTHING")
			.bind("matchId", matchId)
			.bind("fundId", allocation.fundId())
			.bind("allocationId", allocation.allocationId())
			.fetch()
			.rowsUpdated();
		Mono<MatchFlow> locked = this.db
			.sql("SELECT region, industry, growth_stage, state, proposed, approved, committed, disbursed "
					+ "FROM flow_match WHERE match_id = :matchId FOR UPDATE")
			.bind("matchId", matchId)
			.map(row -> toMatchFlow(row, allocation.attribution().growthStage()))
			.one();
		return created.then(locked);
	}

	private static MatchFlow toMatchFlow(Readable row, String defaultGrowthStage) {
		String region = row.get("region", String.class);
		String state = row.get("state", String.class);
		Attribution attribution = (region != null)
				? new Attribution(region, row.get("industry", String.class), row.get("growth_stage", String.class))
				: null;
		return MatchFlow.restore(defaultGrowthStage, attribution, (state != null) ? MatchState.valueOf(state) : null,
				row.get("proposed", Long.class), row.get("approved", Long.class), row.get("committed", Long.class),
				row.get("disbursed", Long.class));
	}

	@Override
	public Mono<Void> saveMatch(UUID matchId, MatchFlow flow, FlowEvent event) {
		Attribution attribution = flow.attribution();
		return this.db
			.sql("UPDATE flow_match SET region = :region, industry = :industry, growth_stage = :growthStage, "
					+ "state = :state, proposed = :proposed, approved = :approved, committed = :committed, "
					+ "disbursed = :disbursed, updated_at = :at WHERE match_id = :matchId")
			.bind("region", attribution.region())
			.bind("industry", attribution.industry())
			.bind("growthStage", attribution.growthStage())
			.bind("state", Parameter.fromOrEmpty((flow.state() != null) ? flow.state().name() : null, String.class))
			.bind("proposed", flow.proposed())
			.bind("approved", flow.approved())
			.bind("committed", flow.committed())
			.bind("disbursed", flow.disbursed())
			.bind("at", utc(event))
			.bind("matchId", matchId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Void> append(FlowEvent event, AllocationProfile allocation, UUID matchId, List<StageDelta> deltas) {
		return Flux.fromIterable(deltas).concatMap(delta -> appendOne(event, allocation, matchId, delta)).then();
	}

	private Mono<Void> appendOne(FlowEvent event, AllocationProfile allocation, UUID matchId, StageDelta delta) {
		// The reference flags are copied into the entry: later edits of the reference
		// tables do not rewrite history.
		return this.db
			.sql("INSERT INTO flow_entry (event_id, occurred_at, fund_id, allocation_id, match_id, stage, region, "
					+ "capital_area, industry, counts_toward_ai, instrument, channel, growth_stage, amount_delta) "
					+ "SELECT :eventId, :occurredAt, :fundId, :allocationId, :matchId, :stage, r.code, r.capital_area, "
					+ "i.code, i.counts_toward_ai, :instrument, :channel, :growthStage, :amount "
					+ "FROM region r CROSS JOIN industry i WHERE r.code = :region AND i.code = :industry")
			.bind("eventId", event.id())
			.bind("occurredAt", utc(event))
			.bind("fundId", allocation.fundId())
			.bind("allocationId", allocation.allocationId())
			.bind("matchId", Parameter.fromOrEmpty(matchId, UUID.class))
			.bind("stage", delta.stage().name())
			.bind("instrument", allocation.instrument())
			.bind("channel", allocation.channel())
			.bind("growthStage", delta.attribution().growthStage())
			.bind("amount", delta.amount())
			.bind("region", delta.attribution().region())
			.bind("industry", delta.attribution().industry())
			.fetch()
			.rowsUpdated()
			.flatMap(inserted -> (inserted == 1) ? Mono.<Void>empty()
					: Mono.error(new IllegalArgumentException("Region " + delta.attribution().region() + " or industry "
							+ delta.attribution().industry() + " is not in the reference tables")));
	}

	@Override
	public Mono<Void> park(UUID matchId, FlowEvent event, MatchChange change) {
		return this.db
			.sql("INSERT INTO flow_parked (event_id, event_type, occurred_at, match_id, kind, amount) "
					+ "VALUES (:eventId, :type, :occurredAt, :matchId, :kind, :amount)")
			.bind("eventId", event.id())
			.bind("type", event.type())
			.bind("occurredAt", utc(event))
			.bind("matchId", matchId)
			.bind("kind", ParkedKind.of(change).name())
			.bind("amount", change.amount())
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Flux<ParkedChange> parked(UUID matchId) {
		return this.db
			.sql("SELECT event_id, event_type, occurred_at, kind, amount FROM flow_parked "
					+ "WHERE match_id = :matchId ORDER BY seq")
			.bind("matchId", matchId)
			.map(row -> new ParkedChange(
					new FlowEvent(row.get("event_id", UUID.class), row.get("event_type", String.class),
							row.get("occurred_at", OffsetDateTime.class).toInstant()),
					ParkedKind.valueOf(row.get("kind", String.class)).change(row.get("amount", Long.class))))
			.all();
	}

	@Override
	public Mono<Void> unpark(List<UUID> eventIds) {
		if (eventIds.isEmpty()) {
			return Mono.empty();
		}
		return this.db.sql("DELETE FROM flow_parked WHERE event_id = ANY(:eventIds)")
			.bind("eventIds", eventIds.toArray(UUID[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Long> parkedCount() {
		return this.db.sql("SELECT count(*) FROM flow_parked").map(row -> row.get(0, Long.class)).one();
	}

	private static OffsetDateTime utc(FlowEvent event) {
		return event.at().atOffset(ZoneOffset.UTC);
	}

	/** The budget changes that can wait for their match, as stored. */
	private enum ParkedKind {

		COMMITMENT_ACCEPTED, COMMITMENT_REJECTED, DISBURSED;

		static ParkedKind of(MatchChange change) {
			if (change instanceof MatchChange.CommitmentAccepted) {
				return COMMITMENT_ACCEPTED;
			}
			if (change instanceof MatchChange.CommitmentRejected) {
				return COMMITMENT_REJECTED;
			}
			if (change instanceof MatchChange.Disbursed) {
				return DISBURSED;
			}
			throw new IllegalArgumentException("Only the budget's changes wait for their match: " + change);
		}

		MatchChange change(long amount) {
			return switch (this) {
				case COMMITMENT_ACCEPTED -> new MatchChange.CommitmentAccepted(amount);
				case COMMITMENT_REJECTED -> new MatchChange.CommitmentRejected(amount);
				case DISBURSED -> new MatchChange.Disbursed(amount);
			};
		}

	}

}
