package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A saved quick order (常用清单) of an organisation: its name, its lines, and who saved it when. */
@Serdeable
public record TemplateView(long id, String name, String lines, int lineCount, String savedBy, Instant savedAt) {}
