package org.techan.catalog;

/** What a web name (slug) names, and so where it must be unique and which address it makes. */
public enum SlugKind {
    SHOP("/shops/"),
    CATEGORY("/categories/"),
    PAVILION("/pavilions/"),
    /** A brand has no page of its own: its web name only identifies it. */
    BRAND("");

    private final String path;

    SlugKind(String path) {
        this.path = path;
    }

    /** The address a slug of this kind makes, for previews ({@code /shops/yongtai-ligan}); empty for none. */
    public String address(String slug) {
        return path.isEmpty() ? "" : path + slug;
    }
}
