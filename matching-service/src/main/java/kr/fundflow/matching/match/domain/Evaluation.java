package kr.fundflow.matching.match.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The verdict on one (allocation, company) candidate: every rule's reason in a fixed
 * order, the rules that block a proposal, the score and the amount to propose.
 *
 * @param score 0-100, the points earned as a share of all weights
 * @param amount the demand capped to the ticket range; 0 when there is no usable demand
 * @param industry the first of the company's industries that the allocation funds (or its
 * first industry when none is)
 * @param reasons each rule's verdict, blockers included
 * @param blockers the verdicts that prevent a proposal; empty for a proposal
 */
public record Evaluation(int score, long amount, String industry, List<Reason> reasons, List<Reason> blockers) {

	public Evaluation {
		reasons = List.copyOf(reasons);
		blockers = List.copyOf(blockers);
	}

	public boolean proposable() {
		return this.blockers.isEmpty();
	}

	/** Missed by exactly one rule: worth showing to an analyst. */
	public boolean nearMiss() {
		return this.blockers.size() == 1;
	}

	/** Why there is no proposal, in one line; empty for a proposal. */
	public String verdict() {
		return this.blockers.stream().map(Reason::detail).collect(Collectors.joining("; "));
	}

}
