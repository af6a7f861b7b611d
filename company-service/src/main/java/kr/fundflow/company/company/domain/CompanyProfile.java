package kr.fundflow.company.company.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * Everything about a company that may change over time (all but its registration number).
 * The constructor checks what needs no outside knowledge; codes are checked against
 * reference data by {@link ReferenceCodes}, the founding date against today by
 * {@link Company}. Text is stripped of surrounding blanks and lists are copied, so a
 * profile is immutable.
 */
public record CompanyProfile(String name, String region, List<String> industries, GrowthStage stage, int employees,
		long annualRevenue, LocalDate foundedOn, List<String> certifications, List<FundingDemand> demands) {

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_INDUSTRIES = 10;

	public static final int MAX_CERTIFICATIONS = 20;

	public static final int MAX_DEMANDS = 20;

	public static final int MAX_PURPOSE_LENGTH = 500;

	public static final int MAX_INSTRUMENTS_PER_DEMAND = 10;

	/**
	 * 1,000조 won: far beyond any real demand (the whole National Growth Fund is 150조),
	 * and small enough that the sum of all demands of a company stays exact in a long.
	 */
	public static final long MAX_DEMAND_AMOUNT = 1_000_000_000_000_000L;

	/** Older founding dates are typing mistakes, not companies. */
	public static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1900, 1, 1);

	public CompanyProfile {
		name = requireText("name", name, MAX_NAME_LENGTH);
		region = requireText("region", region, 50);
		industries = requireCodes("industries", industries, 1, MAX_INDUSTRIES);
		if (stage == null) {
			throw new InvalidInput("stage", "stage is required");
		}
		if (employees < 0) {
			throw new InvalidInput("employees", "employees must be 0 or more");
		}
		if (annualRevenue < 0) {
			throw new InvalidInput("annualRevenue", "annualRevenue must be 0 or more won");
		}
		if (foundedOn == null) {
			throw new InvalidInput("foundedOn", "foundedOn is required");
		}
		if (foundedOn.isBefore(EARLIEST_FOUNDING)) {
			throw new InvalidInput("foundedOn", "foundedOn must be on or after " + EARLIEST_FOUNDING);
		}
		certifications = requireCodes("certifications", certifications, 0, MAX_CERTIFICATIONS);
		demands = requireDemands(demands);
	}

	/** Refuses a founding date after {@code today}. */
	void requireFoundedBy(LocalDate today) {
		if (this.foundedOn.isAfter(today)) {
			throw new InvalidInput("foundedOn", "foundedOn must not be in the future");
		}
	}

	/** The sum of all demanded amounts; exact, given the caps. */
	public long demandTotal() {
		return this.demands.stream().mapToLong(FundingDemand::amount).sum();
	}

	private static String requireText(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > maxLength) {
			throw new InvalidInput(field, field + " must be at most " + maxLength + " characters");
		}
		return stripped;
	}

	private static List<String> requireCodes(String field, List<String> codes, int min, int max) {
		if (codes == null) {
			throw new InvalidInput(field, field + " is required (an empty list is written [])");
		}
		if (codes.size() < min) {
			throw new InvalidInput(field, field + " must list at least " + min);
		}
		if (codes.size() > max) {
			throw new InvalidInput(field, field + " must list at most " + max);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			String element = field + "[" + i + "]";
			if (code == null || code.isBlank()) {
				throw new InvalidInput(element, element + " must be a code");
			}
			if (!seen.add(code)) {
				throw new InvalidInput(element, element + " repeats " + code);
			}
		}
		return List.copyOf(codes);
	}

	private static List<FundingDemand> requireDemands(List<FundingDemand> demands) {
		if (demands == null) {
			throw new InvalidInput("demands", "demands is required (an empty list is written [])");
		}
		if (demands.size() > MAX_DEMANDS) {
			throw new InvalidInput("demands", "demands must list at most " + MAX_DEMANDS);
		}
		List<FundingDemand> checked = new ArrayList<>(demands.size());
		for (int i = 0; i < demands.size(); i++) {
			String field = "demands[" + i + "]";
			FundingDemand demand = demands.get(i);
			if (demand == null) {
				throw new InvalidInput(field, field + " must be a demand");
			}
			if (demand.amount() <= 0) {
				throw new InvalidInput(field + ".amount", field + ".amount must be a positive number of won");
			}
			if (demand.amount() > MAX_DEMAND_AMOUNT) {
				throw new InvalidInput(field + ".amount", field + ".amount must be at most " + MAX_DEMAND_AMOUNT);
			}
			String purpose = requireText(field + ".purpose", demand.purpose(), MAX_PURPOSE_LENGTH);
			List<String> instruments = requireCodes(field + ".instruments", demand.instruments(), 0,
					MAX_INSTRUMENTS_PER_DEMAND);
			checked.add(new FundingDemand(demand.amount(), purpose, instruments));
		}
		return List.copyOf(checked);
	}

}
