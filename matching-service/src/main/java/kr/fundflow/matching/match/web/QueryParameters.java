package kr.fundflow.matching.match.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import kr.fundflow.matching.match.domain.MatchStatus;
import kr.fundflow.platform.errors.InvalidInput;

/** Query parameters read strictly: a wrong value is a 400 naming the parameter. */
final class QueryParameters {

	private QueryParameters() {
	}

	static MatchStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return MatchStatus.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("status", "status must be one of "
					+ Arrays.stream(MatchStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	/** A business registration number with or without dashes, as 10 digits. */
	static String brn(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.strip().replace("-", "");
		if (!digits.matches("[0-9]{10}")) {
			throw new InvalidInput("brn", "brn must be 10 digits (dashes allowed)");
		}
		return digits;
	}

	static String region(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
