package kr.fundflow.platform.web;

import java.util.List;

/** One page of a list, with what a client needs to fetch the next. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageResponse<T> of(List<T> content, PageRequest request, long totalElements) {
		int totalPages = (int) ((totalElements + request.size() - 1) / request.size());
		return new PageResponse<>(content, request.page(), request.size(), totalElements, totalPages);
	}

}
