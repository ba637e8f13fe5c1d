package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The outcome of an import: either every row became a product, or none did and here is why. */
@Serdeable
public record ImportReport(int imported, List<ImportProblem> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
