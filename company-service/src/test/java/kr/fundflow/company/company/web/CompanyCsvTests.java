package kr.fundflow.company.company.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.company.company.domain.FundingDemand;
import kr.fundflow.company.company.domain.GrowthStage;
import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyCsvTests {

	private static final Company NEXGEN = Company.register(BusinessRegistrationNumber.parse("1248100998"),
			new CompanyProfile("㈜넥스젠파워", "INCHEON", List.of("POWER_SEMICONDUCTOR", "AI"), GrowthStage.GROWTH, 85,
					10_000_000_000L, LocalDate.of(2019, 3, 1), List.of("INNOBIZ", "TECH_INNOVATION"),
					List.of(new FundingDemand(3_000_000_000L, "전력반도체 생산설비 증설",
							List.of("LOAN_GUARANTEE", "INTEREST_SUBSIDY")),
							new FundingDemand(500_000_000L, "R&D", List.of("GRANT", "LOAN_GUARANTEE")))),
			Instant.parse("2026-01-10T00:00:00Z"), "op-1");

	@Test
	void writesAByteOrderMarkThenTheHeaderThenOneCrlfLinePerCompany() {
		byte[] bytes = bytes(CompanyCsv.withColumns("brn,name,region").write(Flux.just(NEXGEN), BUFFERS));

		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("brn,name,region\r\n1248100998,㈜넥스젠파워,INCHEON\r\n");
	}

	@Test
	void joinsListsWithSemicolonsAndSumsDemands() {
		CompanyCsv csv = CompanyCsv.withColumns(
				"industries,certifications,demandCount,demandTotal,demandPurposes,demandInstruments,employees");
		assertThat(csv.row(NEXGEN)).isEqualTo("POWER_SEMICONDUCTOR;AI,INNOBIZ;TECH_INNOVATION,2,3500000000,"
				+ "전력반도체 생산설비 증설;R&D,LOAN_GUARANTEE;INTEREST_SUBSIDY;GRANT,85\r\n");
	}

	@Test
	void withoutColumnsWritesAllInTheirDefaultOrder() {
		byte[] bytes = bytes(CompanyCsv.withColumns(null).write(Flux.empty(), BUFFERS));
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("brn,name,region,industries,stage,employees,annualRevenue,foundedOn,certifications,"
					+ "demandCount,demandTotal,demandPurposes,demandInstruments,revision,registeredAt,updatedAt\r\n");
	}

	@Test
	void writesColumnsInTheRequestedOrderOnce() {
		assertThat(CompanyCsv.withColumns(" name , brn,name").row(NEXGEN)).isEqualTo("㈜넥스젠파워,1248100998\r\n");
	}

	@Test
	void writesDatesTimesAndWholeWonAsTheyAre() {
		assertThat(CompanyCsv.withColumns("annualRevenue,foundedOn,registeredAt,revision").row(NEXGEN))
			.isEqualTo("10000000000,2019-03-01,2026-01-10T00:00:00Z,1\r\n");
	}

	@Test
	void refusesAnUnknownColumnNamingTheParameter() {
		assertThatThrownBy(() -> CompanyCsv.withColumns("brn,secret")).isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("Unknown column 'secret'")
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("columns");
		assertThatThrownBy(() -> CompanyCsv.withColumns("brn,,name")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void quotesCellsWithCommasQuotesOrLineBreaksAndDoublesQuotes() {
		assertThat(CompanyCsv.cell("삼성전자, 주식회사")).isEqualTo("\"삼성전자, 주식회사\"");
		assertThat(CompanyCsv.cell("\"큰따옴표\" 상사")).isEqualTo("\"\"\"큰따옴표\"\" 상사\"");
		assertThat(CompanyCsv.cell("첫 줄\n둘째 줄")).isEqualTo("\"첫 줄\n둘째 줄\"");
		assertThat(CompanyCsv.cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
		assertThat(CompanyCsv.cell("평범한 이름")).isEqualTo("평범한 이름");
		assertThat(CompanyCsv.cell(null)).isEmpty();
	}

	@Test
	void defusesCellsThatASpreadsheetWouldRunAsFormulas() {
		assertThat(CompanyCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CompanyCsv.cell("+82")).isEqualTo("'+82");
		assertThat(CompanyCsv.cell("-1")).isEqualTo("'-1");
		assertThat(CompanyCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CompanyCsv.cell("R&D")).isEqualTo("R&D");
	}

	@Test
	void streamsManyCompaniesInChunksWithoutLosingAny() {
		List<Company> many = java.util.Collections.nCopies(250, NEXGEN);
		List<DataBuffer> chunks = CompanyCsv.withColumns("brn")
			.write(Flux.fromIterable(many), BUFFERS)
			.collectList()
			.block();
		// Header, then 100 + 100 + 50 rows.
		assertThat(chunks).hasSize(4);
		String text = new String(bytes(Flux.fromIterable(chunks)), StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).hasSize(251);
	}

	private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

	private static byte[] bytes(Flux<DataBuffer> buffers) {
		DataBuffer joined = DataBufferUtils.join(buffers).block();
		byte[] bytes = new byte[joined.readableByteCount()];
		joined.read(bytes);
		return bytes;
	}

}
