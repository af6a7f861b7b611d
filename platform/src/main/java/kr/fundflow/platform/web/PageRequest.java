package kr.fundflow.platform.web;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * A validated page request: page numbers start at 0, and the size is capped so that no
 * list is unbounded.
 */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public PageRequest {
		if (page < 0) {
			throw new InvalidInput("page", "page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInput("size", "size must be between 1 and " + MAX_SIZE);
		}
	}

	/** From optional query parameters. */
	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest((page != null) ? page : 0, (size != null) ? size : DEFAULT_SIZE);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
