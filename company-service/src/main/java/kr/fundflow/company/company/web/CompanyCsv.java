package kr.fundflow.company.company.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;

import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.FundingDemand;
import kr.fundflow.platform.errors.InvalidInput;

/**
 * Companies as CSV that Excel opens correctly: UTF-8 with a byte order mark (else Korean
 * turns to mojibake), CRLF line ends, RFC 4180 quoting, list values joined with
 * {@code ;}.
 */
final class CompanyCsv {

	/** Rows per written chunk: few writes, little memory. */
	private static final int ROWS_PER_CHUNK = 100;

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Map<String, Function<Company, Object>> COLUMNS = columns();

	private final List<String> columns;

	private CompanyCsv(List<String> columns) {
		this.columns = columns;
	}

	/**
	 * The columns a client chose ({@code brn,name,...}), in its order; all of them when
	 * none were given.
	 */
	static CompanyCsv withColumns(String requested) {
		if (requested == null || requested.isBlank()) {
			return new CompanyCsv(List.copyOf(COLUMNS.keySet()));
		}
		LinkedHashSet<String> chosen = new LinkedHashSet<>();
		for (String column : requested.split(",", -1)) {
			String name = column.strip();
			if (!COLUMNS.containsKey(name)) {
				throw new InvalidInput("columns",
						"Unknown column '" + name + "'; known columns: " + String.join(",", COLUMNS.keySet()));
			}
			chosen.add(name);
		}
		return new CompanyCsv(List.copyOf(chosen));
	}

	Flux<DataBuffer> write(Flux<Company> companies, DataBufferFactory buffers) {
		Flux<DataBuffer> header = Flux.defer(() -> {
			DataBuffer buffer = buffers.allocateBuffer(256);
			buffer.write(BYTE_ORDER_MARK);
			buffer.write(line(this.columns.stream().map(name -> (Object) name).toList()), StandardCharsets.UTF_8);
			return Flux.just(buffer);
		});
		Flux<DataBuffer> rows = companies.buffer(ROWS_PER_CHUNK).map(chunk -> {
			StringBuilder text = new StringBuilder();
			chunk.forEach(company -> text.append(row(company)));
			return buffers.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
		});
		return Flux.concat(header, rows);
	}

	String row(Company company) {
		List<Object> values = new ArrayList<>(this.columns.size());
		this.columns.forEach(name -> values.add(COLUMNS.get(name).apply(company)));
		return line(values);
	}

	private static String line(List<Object> values) {
		return values.stream().map(CompanyCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(Object value) {
		String text = (value != null) ? value.toString() : "";
		// A cell starting like a formula is shown as text, not evaluated, when opened in
		// a
		// spreadsheet (CSV injection).
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String joined(List<String> values) {
		return String.join(";", values);
	}

	private static Map<String, Function<Company, Object>> columns() {
		Map<String, Function<Company, Object>> columns = new LinkedHashMap<>();
		columns.put("brn", c -> c.brn().digits());
		columns.put("name", c -> c.profile().name());
		columns.put("region", c -> c.profile().region());
		columns.put("industries", c -> joined(c.profile().industries()));
		columns.put("stage", c -> c.profile().stage().name());
		columns.put("employees", c -> c.profile().employees());
		columns.put("annualRevenue", c -> c.profile().annualRevenue());
		columns.put("foundedOn", c -> c.profile().foundedOn());
		columns.put("certifications", c -> joined(c.profile().certifications()));
		columns.put("demandCount", c -> c.profile().demands().size());
		columns.put("demandTotal", c -> c.profile().demandTotal());
		columns.put("demandPurposes", c -> joined(c.profile().demands().stream().map(FundingDemand::purpose).toList()));
		columns.put("demandInstruments",
				c -> joined(c.profile().demands().stream().flatMap(d -> d.instruments().stream()).distinct().toList()));
		columns.put("revision", Company::revision);
		columns.put("registeredAt", Company::registeredAt);
		columns.put("updatedAt", Company::updatedAt);
		return Collections.unmodifiableMap(columns);
	}

}
