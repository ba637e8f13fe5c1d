package org.techan.platform;

import io.micronaut.serde.annotation.Serdeable;

/** A test event. */
@Serdeable
public record ProbeHappened(String what) {}
