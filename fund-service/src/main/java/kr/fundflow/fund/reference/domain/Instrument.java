package kr.fundflow.fund.reference.domain;

/** A way money reaches companies: investment, loan, guarantee, subsidy or grant. */
public record Instrument(String code, String nameKo, String nameEn) {

}
