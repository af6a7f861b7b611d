package kr.fundflow.drills.check;

import java.util.List;

/**
 * What the invariant checks found after a drill settled.
 *
 * @param lost acknowledged writes missing in the owning service or downstream
 * @param duplicated operations present more than once, events published twice for one
 * change, or more than one live match per (allocation, company)
 * @param overspent allocations with more committed than their amount, or more disbursed
 * than committed
 * @param problems everything else that is wrong (totals that disagree between services, a
 * system that did not settle), in words
 * @param settled how the system looked when checked (backlog, lag)
 */
public record Findings(long lost, long duplicated, long overspent, List<String> problems, String settled) {
}
