package kr.fundflow.fund.allocation.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownCodesTests {

	private final KnownCodes codes = new KnownCodes(Set.of("GYEONGBUK", "SEOUL"), Set.of("HYDROGEN", "AI"),
			Set.of("LOAN_GUARANTEE", "GRANT"));

	@Test
	void acceptsCodesOfTheReferenceTables() {
		assertThatCode(() -> this.codes.requireKnown(List.of("GYEONGBUK"), List.of("HYDROGEN", "AI"), "GRANT"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnUnknownRegion() {
		assertRefused(() -> this.codes.requireKnown(List.of("GYEONGBUK", "POHANG"), List.of("AI"), "GRANT"), "regions");
	}

	@Test
	void refusesAnUnknownIndustry() {
		assertRefused(() -> this.codes.requireKnown(List.of("SEOUL"), List.of("QUANTUM"), "GRANT"), "industries");
	}

	@Test
	void refusesAnUnknownInstrumentBeforeLookingAtItsTerms() {
		assertRefused(() -> this.codes.requireKnown(List.of("SEOUL"), List.of("AI"), "LOAN_GUARANTE"), "instrument");
	}

	@Test
	void leavesMissingListsToThePlan() {
		assertThatCode(() -> this.codes.requireKnown(null, null, null)).doesNotThrowAnyException();
	}

	@Test
	void refusesUnknownFilterCodesNamingTheParameter() {
		assertRefused(() -> this.codes.requireKnownFilters("GYEONGSANGBUK", null, null), "region");
		assertRefused(() -> this.codes.requireKnownFilters(null, "ai", null), "industry");
		assertRefused(() -> this.codes.requireKnownFilters(null, null, "LOAN"), "instrument");
		assertThatCode(() -> this.codes.requireKnownFilters(null, null, null)).doesNotThrowAnyException();
	}

	private static void assertRefused(Executable call, String field) {
		assertThatThrownBy(call::execute).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo(field);
	}

}
