/**
 * Shared runtime plumbing every module needs and no module owns: per-module schema migrations,
 * domain exception types, and the search-engine client wiring.
 */
@ApplicationModule
package org.techan.platform;
