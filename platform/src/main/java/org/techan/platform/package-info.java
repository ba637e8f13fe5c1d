/**
 * Shared runtime plumbing every module needs and no module owns: per-module schema migrations,
 * domain exception types, and the search-engine client wiring.
 */
package org.techan.platform;
