/**
 * Entry points for the command-line tools (benchmarks, data generators): not part of the catalog's
 * public face, which no shopper, shop or operator path reaches through this package.
 */
package org.techan.catalog.tools;
