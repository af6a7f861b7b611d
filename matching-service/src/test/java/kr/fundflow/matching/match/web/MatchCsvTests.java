package kr.fundflow.matching.match.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.MatchStatus;
import kr.fundflow.matching.match.domain.Outcome;
import kr.fundflow.matching.match.domain.Reason;
import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MatchCsvTests {

	private static Match match(String companyName) {
		return new Match(UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab"),
				UUID.fromString("8b9e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4"),
				UUID.fromString("3f1c2a7e-6a51-4c1e-9a0b-1f2d3c4b5a60"), "5068212349", companyName, "GYEONGBUK",
				"HYDROGEN", "LOAN_GUARANTEE", "GROWTH", 300_000_000L, 82,
				List.of(new Reason("INDUSTRY_FIT", Outcome.MATCHED, 25, "HYDROGEN is eligible"),
						new Reason("CERTIFICATION", Outcome.NEAR_MISS, 0, "needs INNOBIZ")),
				10_000_000_000L, MatchStatus.PROPOSED, 1, List.of(), null, 0, null, null, null,
				Instant.parse("2026-02-01T00:00:05Z"), Instant.parse("2026-02-01T00:00:05Z"));
	}

	@Test
	void theHeaderStartsWithAByteOrderMarkAndEndsWithCrLf() {
		assertThat(MatchCsv.header(List.of("brn", "amount"))).isEqualTo("\uFEFFbrn,amount\r\n");
	}

	@Test
	void aRowHasTheChosenColumnsInTheChosenOrderWithKoreanIntact() {
		List<String> columns = MatchCsv.columns("companyName, amount,status,brn");

		assertThat(MatchCsv.row(match("포항수소에너지㈜"), columns)).isEqualTo("포항수소에너지㈜,300000000,PROPOSED,5068212349\r\n");
	}

	@Test
	void everyColumnByDefault() {
		List<String> columns = MatchCsv.columns(null);

		assertThat(columns).startsWith("id", "allocationId", "fundId", "brn", "companyName").contains("reasons");
		assertThat(MatchCsv.row(match("포항"), columns)).contains(
				",INDUSTRY_FIT MATCHED 25 (HYDROGEN is eligible); CERTIFICATION NEAR_MISS 0 (needs INNOBIZ),",
				",2026-02-01T00:00:05Z,");
	}

	@Test
	void emptyValuesAreEmptyCells() {
		assertThat(MatchCsv.row(match("포항"), List.of("brn", "committedAmount", "score")))
			.isEqualTo("5068212349,,82\r\n");
	}

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
		assertThat(MatchCsv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(MatchCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(MatchCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(MatchCsv.cell("plain")).isEqualTo("plain");
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaAreDefused() {
		assertThat(MatchCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(MatchCsv.cell("+82")).isEqualTo("'+82");
		assertThat(MatchCsv.cell("@SUM")).isEqualTo("'@SUM");
		assertThat(MatchCsv.cell("-1")).isEqualTo("'-1");
	}

	@Test
	void unknownColumnsAreRefusedNamingTheParameterAndRepeatsAreDropped() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> MatchCsv.columns("brn,password"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("columns"));
		assertThat(MatchCsv.columns("brn,brn,amount")).containsExactly("brn", "amount");
	}

}
