package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Why one row of an import was refused: its number (1 = first data row) and a message key with arguments. */
@Serdeable
public record ImportProblem(int row, String messageKey, List<Object> arguments) {}
