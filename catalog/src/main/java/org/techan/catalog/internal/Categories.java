package org.techan.catalog.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.catalog.CategoryView;
import org.techan.platform.NotFoundException;

/** The category tree, read as a list with parents before their children. */
@Singleton
class Categories {

    private final CategoryRepository repository;

    Categories(CategoryRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<CategoryView> all() {
        List<CategoryRow> rows = repository.findAllOrderByPosition();
        Map<Long, CategoryRow> byId = rows.stream().collect(Collectors.toMap(CategoryRow::id, Function.identity()));
        List<CategoryView> ordered = new ArrayList<>();
        addChildren(null, rows, byId, ordered);
        return ordered;
    }

    @Transactional(readOnly = true)
    public CategoryView get(String slug) {
        CategoryRow row =
                repository.findBySlug(slug).orElseThrow(() -> new NotFoundException("category.not-found", slug));
        String parentSlug = row.parentId() == null
                ? null
                : repository.findById(row.parentId()).map(CategoryRow::slug).orElse(null);
        return view(row, parentSlug);
    }

    private static void addChildren(
            Long parentId, List<CategoryRow> rows, Map<Long, CategoryRow> byId, List<CategoryView> out) {
        for (CategoryRow row : rows) {
            if (Objects.equals(row.parentId(), parentId)) {
                String parentSlug = parentId == null ? null : byId.get(parentId).slug();
                out.add(view(row, parentSlug));
                addChildren(row.id(), rows, byId, out);
            }
        }
    }

    private static CategoryView view(CategoryRow row, String parentSlug) {
        return new CategoryView(row.slug(), row.nameZh(), row.nameEn(), parentSlug, row.position());
    }
}
