package kr.fundflow.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.fundflow.contracts.fund.FundAllocated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenEventsTests {

	private static final JsonMapper TREE = JsonMapper.builder().build();

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventRoundTripsItsGoldenBodyWithoutLosingAField(EventType type) {
		byte[] golden = GoldenEvents.json(type);
		IntegrationEvent event = EventCodec.fromJson(golden, type);

		JsonNode written = TREE.readTree(EventCodec.toJson(event));
		assertThat(written).isEqualTo(TREE.readTree(golden));
		assertThat(EventType.of(event)).isEqualTo(type);
		assertThat(event.aggregateId()).isNotBlank();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void moneyIsAlwaysAJsonInteger(EventType type) {
		assertIntegral(TREE.readTree(GoldenEvents.json(type)));
	}

	@Test
	void readersIgnoreFieldsAddedLaterWithinAVersion() {
		String withExtra = new String(GoldenEvents.json(EventType.FUND_ALLOCATED)).replaceFirst("\\{",
				"{\"someFutureOptionalField\": \"x\",");
		FundAllocated event = EventCodec.fromJson(withExtra.getBytes(), FundAllocated.class);
		assertThat(event.amount()).isEqualTo(500_000_000_000L);
		assertThat(event.terms().feeDiscountBp()).isEqualTo(30);
	}

	@Test
	void fractionalWonIsRefused() {
		String fractional = new String(GoldenEvents.json(EventType.FUND_ALLOCATED)).replace("500000000000,",
				"500000000000.5,");
		assertThatThrownBy(() -> EventCodec.fromJson(fractional.getBytes(), FundAllocated.class))
			.isInstanceOf(RuntimeException.class);
	}

	@Test
	void logicalNamesAreStableAndNotClassNames() {
		for (EventType type : EventType.values()) {
			assertThat(type.logicalName()).matches("[a-z]+\\.[a-z]+\\.[a-z]+");
			assertThat(EventType.fromLogicalName(type.logicalName())).contains(type);
		}
		assertThat(EventType.fromLogicalName("fund.something.new")).isEmpty();
	}

	private static void assertIntegral(JsonNode node) {
		if (node.isNumber()) {
			assertThat(node.isIntegralNumber()).as("number %s", node).isTrue();
		}
		for (JsonNode child : node.values()) {
			assertIntegral(child);
		}
	}

}
