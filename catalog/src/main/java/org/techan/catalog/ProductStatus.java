package org.techan.catalog;

/** DRAFT until the shop publishes it; shoppers see only PUBLISHED products of open shops. */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
