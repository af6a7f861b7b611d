package kr.fundflow.fund.flow.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.fund.flow.domain.AllocationChange;
import kr.fundflow.fund.flow.domain.Attribution;
import kr.fundflow.fund.flow.domain.MatchChange;
import kr.fundflow.fund.flow.domain.MatchFlow;
import kr.fundflow.fund.flow.domain.StageDelta;
import kr.fundflow.fund.flow.domain.Subject;
import kr.fundflow.platform.errors.NotFound;

/**
 * Keeps the flow read model: turns each allocation, match and budget event into stage
 * entries and a feed line, in the consumer's transaction (with its inbox row, so a
 * redelivered event counts once).
 * <p>
 * An event naming an allocation this service does not have cannot be counted (it fails
 * and goes to the dead-letter topic), nor can one naming a region or industry missing
 * from the reference tables. A budget event about a match whose own first event has not
 * arrived yet (the topics are consumed independently) is parked and counted when it does;
 * its feed line goes out at once.
 */
@Service
public class ProjectFlows {

	private final FlowProjection projection;

	private final FeedLog feed;

	public ProjectFlows(FlowProjection projection, FeedLog feed) {
		this.projection = projection;
		this.feed = feed;
	}

	public Mono<Void> allocationChanged(FlowEvent event, UUID allocationId, AllocationChange change) {
		return allocation(allocationId).flatMap(allocation -> names(allocation.attribution()).flatMap(names -> {
			Subject subject = new Subject(names.subject().ko() + " (" + allocation.channel() + ")",
					names.subject().en() + " (" + allocation.channel() + ")");
			return this.projection.append(event, allocation, null, change.deltas(allocation.attribution()))
				.then(this.feed
					.append(new FeedEntry(null, event.id(), event.type(), event.at(), allocation.fundId(), allocationId,
							null, allocation.attribution().region(), change.feedAmount(), change.describe(subject))));
		}));
	}

	public Mono<Void> matchChanged(FlowEvent event, UUID matchId, UUID allocationId, MatchChange change) {
		return allocation(allocationId)
			.flatMap(allocation -> this.projection.lockMatch(matchId, allocation).flatMap(flow -> {
				if (flow.awaits(change)) {
					return this.projection.park(matchId, event, change)
						.then(this.feed.append(feedLine(event, allocation, matchId, null, null, change)));
				}
				List<StageDelta> deltas = flow.apply(change);
				// Deferred: the state is saved, and the line written, after the parked
				// changes have moved it.
				return names(flow.attribution())
					.flatMap(names -> this.projection.append(event, allocation, matchId, deltas)
						.then(countReady(matchId, allocation, flow))
						.then(Mono.defer(() -> this.projection.saveMatch(matchId, flow, event)))
						.then(Mono.defer(() -> this.feed
							.append(feedLine(event, allocation, matchId, flow.attribution(), names, change)))));
			}));
	}

	/**
	 * What waited for this match and no longer needs to counts now, in arrival order; the
	 * first change that still waits keeps itself and the later ones parked.
	 */
	private Mono<Void> countReady(UUID matchId, AllocationProfile allocation, MatchFlow flow) {
		return this.projection.parked(matchId).collectList().flatMap(parked -> {
			// applied here, in order: each change moves the flow the next one is judged
			// by
			List<Mono<Void>> appends = new ArrayList<>();
			List<UUID> counted = new ArrayList<>();
			for (ParkedChange waiting : parked) {
				if (flow.awaits(waiting.change())) {
					break;
				}
				appends.add(this.projection.append(waiting.event(), allocation, matchId, flow.apply(waiting.change())));
				counted.add(waiting.event().id());
			}
			return Flux.concat(appends).then(this.projection.unpark(counted));
		});
	}

	private static FeedEntry feedLine(FlowEvent event, AllocationProfile allocation, UUID matchId,
			Attribution attribution, PlaceNames names, MatchChange change) {
		// Before the match is placed, the line names the allocation's channel instead.
		Subject subject = (names != null) ? names.subject() : new Subject(allocation.channel(), allocation.channel());
		return new FeedEntry(null, event.id(), event.type(), event.at(), allocation.fundId(), allocation.allocationId(),
				matchId, (attribution != null) ? attribution.region() : null, change.amount(),
				change.describe(subject));
	}

	private Mono<AllocationProfile> allocation(UUID allocationId) {
		return this.projection.allocation(allocationId)
			.switchIfEmpty(Mono.error(() -> new NotFound("Allocation", allocationId)));
	}

	private Mono<PlaceNames> names(Attribution attribution) {
		return this.projection.names(attribution.region(), attribution.industry())
			.switchIfEmpty(Mono.error(() -> new IllegalArgumentException("Region " + attribution.region()
					+ " or industry " + attribution.industry() + " is not in the reference tables")));
	}

}
