package kr.fundflow.fund.allocation.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.GrowthStage;
import kr.fundflow.platform.errors.InvalidInput;

/**
 * Allocations as CSV that Excel opens correctly: UTF-8 with a byte order mark (so Korean
 * stays intact), RFC 4180 quoting, CRLF line ends. Lists (regions, industries, stages)
 * are joined with {@code ;}, as in the other services' exports. Free text that Excel
 * would run as a formula (starting with {@code = + - @}) is prefixed with an apostrophe.
 */
final class AllocationCsv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final int ROWS_PER_CHUNK = 100;

	/** Every column in its default order; {@code columns=} picks and orders a subset. */
	private static final Map<String, Function<Allocation, String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("id", allocation -> allocation.id().toString());
		COLUMNS.put("fundId", allocation -> allocation.fundId().toString());
		COLUMNS.put("title", allocation -> text(allocation.title()));
		COLUMNS.put("channel", allocation -> text(allocation.channel()));
		COLUMNS.put("regions", allocation -> joined(allocation.regions()));
		COLUMNS.put("industries", allocation -> joined(allocation.industries()));
		COLUMNS.put("instrument", Allocation::instrument);
		COLUMNS.put("coverageRatioPct", allocation -> number(allocation.terms().coverageRatioPct()));
		COLUMNS.put("feeDiscountBp", allocation -> number(allocation.terms().feeDiscountBp()));
		COLUMNS.put("subsidyRateBp", allocation -> number(allocation.terms().subsidyRateBp()));
		COLUMNS.put("termMonths", allocation -> number(allocation.terms().termMonths()));
		COLUMNS.put("stages", allocation -> joined(allocation.stages().stream().map(GrowthStage::name).toList()));
		COLUMNS.put("maxEmployees", allocation -> number(allocation.maxEmployees()));
		COLUMNS.put("minTicket", allocation -> number(allocation.minTicket()));
		COLUMNS.put("maxTicket", allocation -> number(allocation.maxTicket()));
		COLUMNS.put("amount", allocation -> Long.toString(allocation.amount()));
		COLUMNS.put("committed", allocation -> Long.toString(allocation.committed()));
		COLUMNS.put("disbursed", allocation -> Long.toString(allocation.disbursed()));
		COLUMNS.put("remaining", allocation -> Long.toString(allocation.remaining()));
		COLUMNS.put("status", allocation -> allocation.status().name());
		COLUMNS.put("createdAt", allocation -> allocation.createdAt().toString());
	}

	private AllocationCsv() {
	}

	/**
	 * The columns a {@code columns=} parameter asks for (all when absent), refusing
	 * unknown names with a 400 before anything is streamed.
	 */
	static List<String> columns(String parameter) {
		if (parameter == null) {
			return List.copyOf(COLUMNS.keySet());
		}
		List<String> chosen = new ArrayList<>();
		for (String name : parameter.split(",", -1)) {
			String column = name.strip();
			if (!COLUMNS.containsKey(column)) {
				throw new InvalidInput("columns",
						"unknown column '" + column + "'; known columns: " + String.join(",", COLUMNS.keySet()));
			}
			chosen.add(column);
		}
		return chosen;
	}

	/** The byte order mark and header first, then the rows in chunks as they arrive. */
	static Flux<DataBuffer> write(List<String> columns, Flux<Allocation> allocations) {
		String header = BYTE_ORDER_MARK + line(columns.stream().map(AllocationCsv::quote).toList());
		Flux<String> rows = allocations.map(allocation -> row(columns, allocation))
			.buffer(ROWS_PER_CHUNK)
			.map(chunk -> String.join("", chunk));
		return Flux.concat(Flux.just(header), rows).map(AllocationCsv::encode);
	}

	private static String row(List<String> columns, Allocation allocation) {
		return line(columns.stream().map(column -> quote(COLUMNS.get(column).apply(allocation))).toList());
	}

	private static String line(List<String> fields) {
		return String.join(",", fields) + "\r\n";
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
	static String quote(String field) {
		if (field.isEmpty()) {
			return field;
		}
		boolean needsQuotes = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
		return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}

	/**
	 * Free text; a leading formula character is neutralised so that Excel shows it as
	 * text.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		boolean formula = !value.isEmpty() && Arrays.asList('=', '+', '-', '@', '\t', '\r').contains(value.charAt(0));
		return formula ? "'" + value : value;
	}

	private static String joined(List<String> values) {
		return String.join(";", values);
	}

	private static String number(Number value) {
		return (value != null) ? value.toString() : "";
	}

	private static DataBuffer encode(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
