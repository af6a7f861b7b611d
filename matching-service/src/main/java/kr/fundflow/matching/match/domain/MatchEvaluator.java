package kr.fundflow.matching.match.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a company is eligible for an allocation and scores the fit, explaining
 * every rule.
 * <p>
 * Eligible: the company's region is one of the allocation's, an industry in common, its
 * stage allowed, its head count within the limit, a demand through the allocation's
 * instrument of at least the minimum ticket, and the allocation open with budget left.
 * The score weighs industry fit, stage fit, demand size against the ticket range,
 * certifications, a non-capital region (the regional earmark) and how much budget is
 * left. A candidate scoring below the threshold is not proposed.
 */
public final class MatchEvaluator {

	public static final String REGION = "REGION";

	public static final String INDUSTRY_FIT = "INDUSTRY_FIT";

	public static final String STAGE_FIT = "STAGE_FIT";

	public static final String SIZE = "SIZE";

	public static final String INSTRUMENT = "INSTRUMENT";

	public static final String TICKET_FIT = "TICKET_FIT";

	public static final String CERTIFICATION = "CERTIFICATION";

	public static final String NON_CAPITAL_REGION = "NON_CAPITAL_REGION";

	public static final String REMAINING_BUDGET = "REMAINING_BUDGET";

	public static final String THRESHOLD = "THRESHOLD";

	private final ScoringPolicy policy;

	public MatchEvaluator(ScoringPolicy policy) {
		this.policy = policy;
	}

	/**
	 * @param companyInCapitalArea whether the company's region is in the capital area
	 * (from the region reference data)
	 */
	public Evaluation evaluate(Allocation allocation, Company company, boolean companyInCapitalArea) {
		Verdicts verdicts = new Verdicts();
		Weights weights = this.policy.weights();

		region(allocation, company, verdicts);
		String industry = industryFit(allocation, company, weights.industryFit(), verdicts);
		stageFit(allocation, company, weights.stageFit(), verdicts);
		size(allocation, company, verdicts);
		Optional<Demand> demand = company.demands()
			.stream()
			.filter(candidate -> candidate.accepts(allocation.instrument()))
			.max(Comparator.comparingLong(Demand::amount));
		instrument(allocation, demand, verdicts);
		long amount = demand.map(d -> ticketFit(allocation, d, weights.ticketFit(), verdicts)).orElseGet(() -> {
			verdicts.add(Reason.nearMiss(TICKET_FIT, 0, "no demand to compare with the ticket range"));
			return 0L;
		});
		certifications(company, weights.certifications(), verdicts);
		nonCapitalRegion(company, companyInCapitalArea, weights.nonCapitalRegion(), verdicts);
		remainingBudget(allocation, amount, weights.remainingBudget(), verdicts);

		int score = (int) Math.min(100, (long) verdicts.points * 100 / weights.total());
		if (verdicts.blockers.isEmpty() && score < this.policy.threshold()) {
			verdicts.block(Reason.nearMiss(THRESHOLD, 0,
					"score " + score + " below the proposal threshold " + this.policy.threshold()));
		}
		return new Evaluation(score, amount, industry, verdicts.reasons, verdicts.blockers);
	}

	private static void region(Allocation allocation, Company company, Verdicts verdicts) {
		if (allocation.regions().contains(company.region())) {
			verdicts.add(Reason.matched(REGION, 0, company.region() + " is an eligible region"));
		}
		else {
			verdicts.block(Reason.nearMiss(REGION, 0, company.region() + " is not among the eligible regions "
					+ String.join(", ", allocation.regions())));
		}
	}

	private static String industryFit(Allocation allocation, Company company, int weight, Verdicts verdicts) {
		List<String> eligible = company.industries().stream().filter(allocation.industries()::contains).toList();
		List<String> others = company.industries().stream().filter(i -> !eligible.contains(i)).toList();
		if (eligible.isEmpty()) {
			verdicts.block(Reason.nearMiss(INDUSTRY_FIT, 0, "none of " + String.join(", ", company.industries())
					+ " is eligible (eligible: " + String.join(", ", allocation.industries()) + ")"));
			return company.industries().isEmpty() ? "" : company.industries().get(0);
		}
		int points = weight * eligible.size() / company.industries().size();
		String detail = String.join(", ", eligible) + ((eligible.size() == 1) ? " is eligible" : " are eligible");
		if (!others.isEmpty()) {
			detail += "; " + String.join(", ", others) + " not";
		}
		verdicts.score(Reason.scored(INDUSTRY_FIT, points, weight, detail));
		return eligible.get(0);
	}

	private static void stageFit(Allocation allocation, Company company, int weight, Verdicts verdicts) {
		if (allocation.allowsStage(company.stage())) {
			verdicts.score(Reason.matched(STAGE_FIT, weight, "stage " + company.stage() + " is allowed"));
		}
		else {
			verdicts.block(Reason.nearMiss(STAGE_FIT, 0, "stage " + company.stage() + " not allowed (allowed: "
					+ String.join(", ", allocation.stages()) + ")"));
		}
	}

	private static void size(Allocation allocation, Company company, Verdicts verdicts) {
		Integer limit = allocation.maxEmployees();
		if (limit == null) {
			verdicts.add(Reason.matched(SIZE, 0, "no employee limit"));
		}
		else if (company.employees() <= limit) {
			verdicts.add(Reason.matched(SIZE, 0, company.employees() + " employees within the limit of " + limit));
		}
		else {
			verdicts.block(Reason.nearMiss(SIZE, 0, company.employees() + " employees exceed the limit of " + limit));
		}
	}

	private static void instrument(Allocation allocation, Optional<Demand> demand, Verdicts verdicts) {
		if (demand.isPresent()) {
			verdicts.add(Reason.matched(INSTRUMENT, 0,
					"demands " + Won.format(demand.get().amount()) + " via " + allocation.instrument()));
		}
		else {
			verdicts.block(Reason.nearMiss(INSTRUMENT, 0, "no demand for " + allocation.instrument()));
		}
	}

	/** Returns the amount to propose: the demand capped to the ticket range. */
	private static long ticketFit(Allocation allocation, Demand demand, int weight, Verdicts verdicts) {
		long asked = demand.amount();
		Long min = allocation.minTicket();
		Long max = allocation.maxTicket();
		if (min != null && asked < min) {
			verdicts.block(Reason.nearMiss(TICKET_FIT, 0,
					"demand " + Won.format(asked) + " below the minimum ticket " + Won.format(min)));
			return 0;
		}
		if (max != null && asked > max) {
			int points = (int) (weight * max / asked);
			verdicts.score(Reason.nearMiss(TICKET_FIT, points, "demand " + Won.format(asked)
					+ " above the maximum ticket " + Won.format(max) + ": proposing " + Won.format(max)));
			return max;
		}
		verdicts.score(Reason.matched(TICKET_FIT, weight,
				"demand " + Won.format(asked) + " within the ticket range " + ticketRange(min, max)));
		return asked;
	}

	private void certifications(Company company, int weight, Verdicts verdicts) {
		List<String> valued = this.policy.valuedCertifications();
		if (valued.isEmpty()) {
			return;
		}
		List<String> held = valued.stream().filter(company.certifications()::contains).toList();
		if (held.isEmpty()) {
			verdicts.score(Reason.nearMiss(CERTIFICATION, 0, "needs " + String.join(" or ", valued)));
			return;
		}
		int points = weight * Math.min(held.size(), 2) / 2;
		String detail = "holds " + String.join(", ", held)
				+ ((held.size() == 1) ? "; a second valued certification earns the rest" : "");
		verdicts.score(Reason.scored(CERTIFICATION, points, weight, detail));
	}

	private static void nonCapitalRegion(Company company, boolean inCapitalArea, int weight, Verdicts verdicts) {
		if (inCapitalArea) {
			verdicts.score(Reason.nearMiss(NON_CAPITAL_REGION, 0,
					company.region() + " is in the capital area and does not count toward the regional earmark"));
		}
		else {
			verdicts.score(Reason.matched(NON_CAPITAL_REGION, weight,
					company.region() + " counts toward the regional earmark"));
		}
	}

	private static void remainingBudget(Allocation allocation, long amount, int weight, Verdicts verdicts) {
		long remaining = allocation.remaining();
		if (!allocation.isOpen()) {
			verdicts.block(Reason.nearMiss(REMAINING_BUDGET, 0, "the allocation is closed"));
		}
		else if (remaining == 0) {
			verdicts.block(Reason.nearMiss(REMAINING_BUDGET, 0, "no budget left"));
		}
		else if (amount == 0) {
			verdicts.score(Reason.matched(REMAINING_BUDGET, weight, Won.format(remaining) + " left"));
		}
		else if (remaining >= amount) {
			verdicts.score(Reason.matched(REMAINING_BUDGET, weight,
					Won.format(remaining) + " left covers the " + Won.format(amount) + " proposal"));
		}
		else {
			int points = (int) (weight * remaining / amount);
			verdicts.score(Reason.nearMiss(REMAINING_BUDGET, points,
					"only " + Won.format(remaining) + " left for a " + Won.format(amount) + " proposal"));
		}
	}

	private static String ticketRange(Long min, Long max) {
		if (min == null && max == null) {
			return "(no limits)";
		}
		if (min == null) {
			return "up to " + Won.format(max);
		}
		if (max == null) {
			return "from " + Won.format(min);
		}
		return Won.format(min) + "–" + Won.format(max);
	}

	/** The reasons gathered so far, the points earned and what blocks a proposal. */
	private static final class Verdicts {

		private final List<Reason> reasons = new ArrayList<>();

		private final List<Reason> blockers = new ArrayList<>();

		private int points;

		void add(Reason reason) {
			this.reasons.add(reason);
		}

		void score(Reason reason) {
			this.reasons.add(reason);
			this.points += reason.points();
		}

		void block(Reason reason) {
			this.reasons.add(reason);
			this.blockers.add(reason);
		}

	}

}
