package kr.fundflow.matching.match.application;

import java.util.List;

/** One page of a list and the size of the whole list. */
public record Page<T>(List<T> content, long total) {

}
