package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A quick-order file uploaded and where it stands now: checked against today's stock and prices
 * each time it is asked for, so {@code draft} says whether it can be ordered as it is, and what
 * each line needs otherwise. A file of 5,000 lines is checked in a fraction of a second, so the
 * status is ready as soon as the upload is answered.
 */
@Serdeable
public record QuickOrderUpload(long id, @Nullable String fileName, Instant uploadedAt, QuickOrderDraft draft) {}
