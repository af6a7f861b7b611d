package kr.fundflow.matching.match.domain;

import java.util.List;

/** A company's funding demand: how much, for what, through which instruments. */
public record Demand(long amount, String purpose, List<String> instruments) {

	public Demand {
		instruments = List.copyOf(instruments);
	}

	public boolean accepts(String instrument) {
		return this.instruments.contains(instrument);
	}

}
