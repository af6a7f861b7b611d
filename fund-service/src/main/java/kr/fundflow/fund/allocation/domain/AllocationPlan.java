package kr.fundflow.fund.allocation.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * What an operator asks for when opening a budget line, checked field by field. The order
 * of {@code regions} and {@code industries} is kept: the first of each is the line's
 * primary region and industry (the business gauges attribute the line to them).
 */
public record AllocationPlan(String title, String channel, List<String> regions, List<String> industries,
		String instrument, InstrumentTerms terms, List<GrowthStage> stages, Integer maxEmployees, Long minTicket,
		Long maxTicket, long amount) {

	static final int MAX_TEXT = 200;

	public AllocationPlan {
		if (title != null && (title.isBlank() || title.length() > MAX_TEXT || hasControlCharacters(title))) {
			throw new InvalidInput("title", "title must be 1 to " + MAX_TEXT + " printable characters when given");
		}
		if (channel == null || channel.isBlank() || channel.length() > MAX_TEXT || hasControlCharacters(channel)) {
			throw new InvalidInput("channel", "channel must be 1 to " + MAX_TEXT + " printable characters");
		}
		regions = requireCodes("regions", regions);
		industries = requireCodes("industries", industries);
		if (instrument == null || instrument.isBlank()) {
			throw new InvalidInput("instrument", "instrument is required");
		}
		terms = (terms != null) ? terms : InstrumentTerms.NONE;
		terms.requireFitFor(instrument);
		stages = requireDistinct("stages", stages);
		if (maxEmployees != null && maxEmployees <= 0) {
			throw new InvalidInput("maxEmployees", "maxEmployees must be positive when given");
		}
		if (amount <= 0) {
			throw new InvalidInput("amount", "amount must be a positive number of won");
		}
		requireTicketRange(minTicket, maxTicket, amount);
	}

	/**
	 * The ticket range fits the amount: {@code 0 <= minTicket <= maxTicket <= amount}
	 * (either bound may be absent).
	 */
	static void requireTicketRange(Long minTicket, Long maxTicket, long amount) {
		if (minTicket != null && (minTicket < 0 || minTicket > amount)) {
			throw new InvalidInput("minTicket", "minTicket must be between 0 and amount");
		}
		if (maxTicket != null && (maxTicket < 0 || maxTicket > amount)) {
			throw new InvalidInput("maxTicket", "maxTicket must be between 0 and amount");
		}
		if (minTicket != null && maxTicket != null && minTicket > maxTicket) {
			throw new InvalidInput("maxTicket", "maxTicket must not be below minTicket");
		}
	}

	/**
	 * One-line names: no line breaks, tabs or NUL (which PostgreSQL text cannot hold).
	 */
	private static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(Character::isISOControl);
	}

	private static List<String> requireCodes(String field, List<String> codes) {
		List<String> distinct = requireDistinct(field, codes);
		for (String code : distinct) {
			if (code.isBlank()) {
				throw new InvalidInput(field, field + " must not contain blank codes");
			}
		}
		return distinct;
	}

	private static <T> List<T> requireDistinct(String field, List<T> values) {
		if (values == null || values.isEmpty()) {
			throw new InvalidInput(field, field + " must name at least one");
		}
		if (values.stream().anyMatch(Objects::isNull)) {
			throw new InvalidInput(field, field + " must not contain null");
		}
		Set<T> seen = new HashSet<>();
		for (T value : values) {
			if (!seen.add(value)) {
				throw new InvalidInput(field, field + " names " + value + " twice");
			}
		}
		return List.copyOf(values);
	}

}
