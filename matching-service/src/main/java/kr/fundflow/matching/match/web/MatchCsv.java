package kr.fundflow.matching.match.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.Reason;
import kr.fundflow.platform.errors.InvalidInput;

/**
 * The CSV export of matches (RFC 4180, CRLF lines), UTF-8 with a byte-order mark so that
 * Excel shows Korean correctly. Cells that a spreadsheet would run as a formula are
 * defused with a leading apostrophe.
 */
final class MatchCsv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final Map<String, Function<Match, Object>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("id", Match::id);
		COLUMNS.put("allocationId", Match::allocationId);
		COLUMNS.put("fundId", Match::fundId);
		COLUMNS.put("brn", Match::brn);
		COLUMNS.put("companyName", Match::companyName);
		COLUMNS.put("region", Match::region);
		COLUMNS.put("industry", Match::industry);
		COLUMNS.put("instrument", Match::instrument);
		COLUMNS.put("stage", Match::stage);
		COLUMNS.put("amount", Match::amount);
		COLUMNS.put("score", Match::score);
		COLUMNS.put("status", Match::status);
		COLUMNS.put("approvals", Match::approvals);
		COLUMNS.put("requiredApprovals", Match::requiredApprovals);
		COLUMNS.put("committedAmount", Match::committedAmount);
		COLUMNS.put("disbursed", Match::disbursed);
		COLUMNS.put("reasons",
				match -> match.reasons().stream().map(MatchCsv::describe).collect(Collectors.joining("; ")));
		COLUMNS.put("proposedAt", Match::proposedAt);
		COLUMNS.put("updatedAt", Match::updatedAt);
	}

	private MatchCsv() {
	}

	/**
	 * The columns asked for ({@code columns=a,b}), in that order; all of them when none
	 * are asked for.
	 */
	static List<String> columns(String requested) {
		if (requested == null || requested.isBlank()) {
			return List.copyOf(COLUMNS.keySet());
		}
		List<String> columns = new ArrayList<>();
		for (String column : requested.split(",")) {
			String name = column.strip();
			if (!COLUMNS.containsKey(name)) {
				throw new InvalidInput("columns",
						"Unknown column '" + name + "'; choose from " + String.join(", ", COLUMNS.keySet()));
			}
			if (!columns.contains(name)) {
				columns.add(name);
			}
		}
		return columns;
	}

	/** The byte-order mark and the header line. */
	static String header(List<String> columns) {
		return BYTE_ORDER_MARK + line(columns);
	}

	static String row(Match match, List<String> columns) {
		List<String> cells = new ArrayList<>(columns.size());
		for (String column : columns) {
			Object value = COLUMNS.get(column).apply(match);
			cells.add((value != null) ? value.toString() : "");
		}
		return line(cells);
	}

	private static String line(List<String> cells) {
		return cells.stream().map(MatchCsv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String describe(Reason reason) {
		return reason.rule() + " " + reason.outcome() + " " + reason.points() + " (" + reason.detail() + ")";
	}

}
