package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Why a line of a quick-order file cannot be ordered: its line number in the file, a message key
 * (shown in the buyer's language) and what the message names.
 */
@Serdeable
public record RowProblem(int line, String problem, List<String> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }
}
