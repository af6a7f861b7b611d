package kr.fundflow.fund.flow.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.fund.flow.domain.AsOf;
import kr.fundflow.fund.flow.domain.Stage;
import kr.fundflow.fund.fund.application.FundStore;
import kr.fundflow.fund.fund.domain.Fund;
import kr.fundflow.fund.reference.application.ReferenceData;
import kr.fundflow.fund.reference.domain.Industry;
import kr.fundflow.fund.reference.domain.Region;

/**
 * The fund → region → industry diagram of one stage (allocated or committed, usually):
 * only links that carry money, regions and industries in reference order.
 */
@Service
public class BuildSankey {

	private final FundStore funds;

	private final FlowFigures figures;

	private final ReferenceData reference;

	private final Clock clock;

	public BuildSankey(FundStore funds, FlowFigures figures, ReferenceData reference, Clock clock) {
		this.funds = funds;
		this.figures = figures;
		this.reference = reference;
		this.clock = clock;
	}

	public Mono<Sankey> build(UUID fundId, Stage measure, Optional<AsOf> asOf) {
		return FundLookup.existing(this.funds, fundId)
			.zipWhen(fund -> Mono.zip(this.reference.regions().collectList(), this.reference.industries().collectList(),
					this.figures
						.byRegionAndIndustry(fundId, measure, asOf.flatMap(day -> day.cutoff(this.clock.instant())))
						.collectList()))
			.map(found -> sankey(found.getT1(), found.getT2().getT1(), found.getT2().getT2(), found.getT2().getT3()));
	}

	private static Sankey sankey(Fund fund, List<Region> regions, List<Industry> industries,
			List<FlowFigures.RegionIndustry> sums) {
		Map<String, Map<String, Long>> byRegion = new HashMap<>();
		for (FlowFigures.RegionIndustry sum : sums) {
			if (sum.amount() > 0) {
				byRegion.computeIfAbsent(sum.region(), region -> new HashMap<>()).put(sum.industry(), sum.amount());
			}
		}
		String fundNode = "fund:" + fund.id();
		List<Sankey.Node> nodes = new ArrayList<>();
		nodes.add(new Sankey.Node(fundNode, fund.name(), fund.name()));
		List<Sankey.Link> regionLinks = new ArrayList<>();
		List<Sankey.Link> industryLinks = new ArrayList<>();
		Map<String, Industry> usedIndustries = new LinkedHashMap<>();
		for (Region region : regions) {
			Map<String, Long> amounts = byRegion.getOrDefault(region.code(), Map.of());
			if (amounts.isEmpty()) {
				continue;
			}
			String regionNode = "region:" + region.code();
			nodes.add(new Sankey.Node(regionNode, region.nameKo(), region.nameEn()));
			regionLinks
				.add(new Sankey.Link(fundNode, regionNode, amounts.values().stream().reduce(0L, Math::addExact)));
			for (Industry industry : industries) {
				Long amount = amounts.get(industry.code());
				if (amount != null) {
					usedIndustries.put(industry.code(), industry);
					industryLinks.add(new Sankey.Link(regionNode, "industry:" + industry.code(), amount));
				}
			}
		}
		for (Industry industry : industries) {
			if (usedIndustries.containsKey(industry.code())) {
				nodes.add(new Sankey.Node("industry:" + industry.code(), industry.nameKo(), industry.nameEn()));
			}
		}
		List<Sankey.Link> links = new ArrayList<>(regionLinks);
		links.addAll(industryLinks);
		return new Sankey(nodes, links);
	}

}
