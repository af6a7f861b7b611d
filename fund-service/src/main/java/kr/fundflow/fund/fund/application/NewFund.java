package kr.fundflow.fund.fund.application;

import java.time.LocalDate;

/**
 * What a caller asks for when creating a fund; {@code reviewThreshold} null means the
 * default.
 */
public record NewFund(String name, long totalCap, LocalDate periodStart, LocalDate periodEnd, long regionalMinimum,
		long aiMinimum, Long reviewThreshold) {

}
