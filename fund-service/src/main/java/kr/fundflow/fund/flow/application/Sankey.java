package kr.fundflow.fund.flow.application;

import java.util.List;

/**
 * Money from a fund to regions to industries. Nodes are named {@code fund:<id>},
 * {@code region:<code>} and {@code industry:<code>}; links carry won.
 */
public record Sankey(List<Node> nodes, List<Link> links) {

	public record Node(String name, String labelKo, String labelEn) {
	}

	public record Link(String source, String target, long value) {
	}

}
