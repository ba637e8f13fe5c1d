package org.techan.catalog;

/** How a product must be kept from shop to buyer; pickup stores accept only what they can keep. */
public enum TemperatureClass {
    AMBIENT,
    CHILLED,
    FROZEN
}
