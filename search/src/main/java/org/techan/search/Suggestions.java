package org.techan.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What the search box offers while a shopper types: products, shops and regions, best first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Suggestions(List<Product> products, List<Shop> shops, List<Region> regions) {

    public static Suggestions none() {
        return new Suggestions(List.of(), List.of(), List.of());
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Product(long id, String titleZh, @Nullable String titleEn) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Shop(String slug, String nameZh, @Nullable String nameEn) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Region(String code, String nameZh, String nameEn) {}
}
