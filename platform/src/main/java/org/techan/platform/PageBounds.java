package org.techan.platform;

/**
 * The pages every database listing serves: numbered from 0, 1 to a listing's largest size each,
 * and never deeper than {@link #DEEPEST} items. A deep page is an OFFSET the database must read
 * through row by row, which any visitor could ask for again and again.
 */
public final class PageBounds {

    /** How far into a listing anyone can page; filters narrow a listing further. */
    public static final int DEEPEST = 10_000;

    private PageBounds() {}

    /**
     * @throws RuleViolationException ({@code page.invalid}) for a negative page or a size outside 1 to
     *     {@code largestSize}; ({@code page.too-deep}) for a page ending beyond {@link #DEEPEST} items
     */
    public static void check(int page, int size, int largestSize) {
        if (page < 0 || size < 1 || size > largestSize) {
            throw new RuleViolationException("page.invalid", largestSize);
        }
        // In long: page + 1 times size overflows an int for the largest pages.
        if ((page + 1L) * size > DEEPEST) {
            throw new RuleViolationException("page.too-deep", DEEPEST);
        }
    }
}
