package org.techan.promotions.internal;

import org.techan.catalog.CatalogReads;
import org.techan.catalog.PavilionView;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/**
 * A pavilion a festival or campaign names, looked up one by one: the catalog's list of pavilions
 * is cached for shoppers and may not show one opened a moment ago, in the same transaction even.
 */
final class Pavilions {

    private Pavilions() {}

    static PavilionView require(CatalogReads catalog, String slug, String messageKey) {
        try {
            return catalog.pavilion(slug);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException(messageKey, slug);
        }
    }
}
