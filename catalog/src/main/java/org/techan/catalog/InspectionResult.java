package org.techan.catalog;

/**
 * What the batch's inspection found. A failed inspection is not a state a batch can be received
 * in: such produce never goes on sale, so the command is refused instead.
 */
public enum InspectionResult {
    PASSED,
    FAILED,
    NOT_INSPECTED
}
