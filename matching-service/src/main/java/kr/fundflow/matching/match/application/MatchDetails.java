package kr.fundflow.matching.match.application;

import java.util.List;

import kr.fundflow.matching.match.domain.HistoryEntry;
import kr.fundflow.matching.match.domain.Match;

/** A match with its reviews (oldest first) and, when asked for, its whole history. */
public record MatchDetails(Match match, List<ReviewRecord> reviews, List<HistoryEntry> history) {

}
