package kr.fundflow.fund.reference.domain;

/**
 * A strategic industry; {@code countsTowardAi} marks money that counts toward the AI
 * earmark.
 */
public record Industry(String code, String nameKo, String nameEn, boolean countsTowardAi) {

}
