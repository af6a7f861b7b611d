package kr.fundflow.matching.match.persistence;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import kr.fundflow.matching.match.application.MatchStore;
import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.Evaluation;
import kr.fundflow.matching.match.domain.HistoryEntry;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.ReviewOutcome;

@Repository
class R2dbcMatchStore implements MatchStore {

	private final DatabaseClient db;

	R2dbcMatchStore(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Flux<Match> lockMatchesOfCompany(String brn) {
		return this.db
			.sql("SELECT " + MatchRows.COLUMNS + " FROM match WHERE brn = :brn AND " + MatchRows.HOLDS_PAIR
					+ " ORDER BY id FOR UPDATE")
			.bind("brn", brn)
			.map(MatchRows::toMatch)
			.all();
	}

	@Override
	public Flux<Match> lockMatchesOfAllocation(UUID allocationId) {
		return this.db
			.sql("SELECT " + MatchRows.COLUMNS + " FROM match WHERE allocation_id = :allocationId AND "
					+ MatchRows.HOLDS_PAIR + " ORDER BY id FOR UPDATE")
			.bind("allocationId", allocationId)
			.map(MatchRows::toMatch)
			.all();
	}

	@Override
	public Mono<Match> lock(UUID matchId) {
		return this.db.sql("SELECT " + MatchRows.COLUMNS + " FROM match WHERE id = :id FOR UPDATE")
			.bind("id", matchId)
			.map(MatchRows::toMatch)
			.one();
	}

	@Override
	public Mono<Boolean> insert(Match match) {
		GenericExecuteSpec insert = this.db.sql("INSERT INTO match (" + MatchRows.COLUMNS + """
				) VALUES (:id, :allocationId, :fundId, :brn, :companyName, :region, :industry, :instrument, :stage,
				    :amount, :score, :reasons, :status, :reviewThreshold, :reviewRound, :approvers, :committedAmount,
				    :disbursed, :budgetRejectionReason, :budgetRemaining, :withdrawalReason, :proposedAt, :updatedAt)
				ON CONFLICT (allocation_id, brn) WHERE status NOT IN ('WITHDRAWN', 'BUDGET_REJECTED') DO NOTHING""")
			.bind("allocationId", match.allocationId())
			.bind("fundId", match.fundId())
			.bind("brn", match.brn())
			.bind("proposedAt", MatchRows.time(match.proposedAt()));
		return bindState(insert, match).fetch().rowsUpdated().map(inserted -> inserted > 0);
	}

	@Override
	public Mono<Void> update(Match match) {
		GenericExecuteSpec update = this.db.sql("""
				UPDATE match SET company_name = :companyName, region = :region, industry = :industry,
				    instrument = :instrument, stage = :stage, amount = :amount, score = :score, reasons = :reasons,
				    status = :status, review_threshold = :reviewThreshold, review_round = :reviewRound,
				    approvers = :approvers, committed_amount = :committedAmount, disbursed = :disbursed,
				    budget_rejection_reason = :budgetRejectionReason, budget_remaining = :budgetRemaining,
				    withdrawal_reason = :withdrawalReason, updated_at = :updatedAt
				WHERE id = :id""");
		return bindState(update, match).fetch().rowsUpdated().then();
	}

	private static GenericExecuteSpec bindState(GenericExecuteSpec spec, Match match) {
		return spec.bind("id", match.id())
			.bind("companyName", match.companyName())
			.bind("region", match.region())
			.bind("industry", match.industry())
			.bind("instrument", match.instrument())
			.bind("stage", match.stage())
			.bind("amount", match.amount())
			.bind("score", match.score())
			.bind("reasons", JsonColumns.reasons(match.reasons()))
			.bind("status", match.status().name())
			.bind("reviewThreshold", match.reviewThreshold())
			.bind("reviewRound", match.reviewRound())
			.bind("approvers", match.approvers().toArray(String[]::new))
			.bind("committedAmount", Parameter.fromOrEmpty(match.committedAmount(), Long.class))
			.bind("disbursed", match.disbursed())
			.bind("budgetRejectionReason", Parameter.fromOrEmpty(match.budgetRejectionReason(), String.class))
			.bind("budgetRemaining", Parameter.fromOrEmpty(match.budgetRemaining(), Long.class))
			.bind("withdrawalReason", Parameter.fromOrEmpty(match.withdrawalReason(), String.class))
			.bind("updatedAt", MatchRows.time(match.updatedAt()));
	}

	@Override
	public Mono<Void> appendHistory(UUID matchId, HistoryEntry entry) {
		return this.db.sql("""
				INSERT INTO match_history (match_id, status_before, status_after, actor, reason, occurred_at)
				VALUES (:matchId, :before, :after, :actor, :reason, :at)""")
			.bind("matchId", matchId)
			.bind("before",
					Parameter.fromOrEmpty((entry.before() != null) ? entry.before().name() : null, String.class))
			.bind("after", entry.after().name())
			.bind("actor", entry.actor())
			.bind("reason", Parameter.fromOrEmpty(entry.reason(), String.class))
			.bind("at", MatchRows.time(entry.at()))
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Void> appendReview(UUID matchId, ReviewOutcome outcome) {
		return this.db.sql("""
				INSERT INTO match_review (match_id, decision, reason, reviewer, reviewed_at, review_round,
				    status_after, approvals)
				VALUES (:matchId, :decision, :reason, :reviewer, :at, :round, :statusAfter, :approvals)""")
			.bind("matchId", matchId)
			.bind("decision", outcome.review().decision().name())
			.bind("reason", Parameter.fromOrEmpty(outcome.review().reason(), String.class))
			.bind("reviewer", outcome.review().reviewer())
			.bind("at", MatchRows.time(outcome.review().at()))
			.bind("round", outcome.round())
			.bind("statusAfter", outcome.status().name())
			.bind("approvals", outcome.approvals())
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Void> recordNearMiss(UUID allocationId, Company company, Evaluation evaluation, Instant at) {
		return this.db.sql("""
				INSERT INTO near_miss (allocation_id, brn, company_name, region, score, reasons, evaluated_at)
				VALUES (:allocationId, :brn, :companyName, :region, :score, :reasons, :at)
				ON CONFLICT (allocation_id, brn) DO UPDATE SET company_name = EXCLUDED.company_name,
				    region = EXCLUDED.region, score = EXCLUDED.score, reasons = EXCLUDED.reasons,
				    evaluated_at = EXCLUDED.evaluated_at""")
			.bind("allocationId", allocationId)
			.bind("brn", company.brn())
			.bind("companyName", company.name())
			.bind("region", company.region())
			.bind("score", evaluation.score())
			.bind("reasons", JsonColumns.reasons(evaluation.reasons()))
			.bind("at", MatchRows.time(at))
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Void> forgetNearMissesOfCompany(String brn) {
		return this.db.sql("DELETE FROM near_miss WHERE brn = :brn").bind("brn", brn).fetch().rowsUpdated().then();
	}

	@Override
	public Mono<Void> forgetNearMissesOfAllocation(UUID allocationId) {
		return this.db.sql("DELETE FROM near_miss WHERE allocation_id = :allocationId")
			.bind("allocationId", allocationId)
			.fetch()
			.rowsUpdated()
			.then();
	}

}
