package kr.fundflow.fund.reference.domain;

/**
 * One of the 17 metropolitan-level regions; {@code capitalArea} regions (수도권) do not
 * count toward the regional earmark.
 */
public record Region(String code, String nameKo, String nameEn, boolean capitalArea) {

}
