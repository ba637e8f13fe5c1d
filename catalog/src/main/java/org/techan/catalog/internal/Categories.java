package org.techan.catalog.internal;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.catalog.AddCategoryCommand;
import org.techan.catalog.CategoryView;
import org.techan.catalog.SlugKind;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/** The category tree, read as a list with parents before their children. */
@Singleton
class Categories {

    private final CategoryRepository repository;
    private final Access access;
    private final SlugSuggestions slugs;

    Categories(CategoryRepository repository, Access access, SlugSuggestions slugs) {
        this.slugs = slugs;
        this.repository = repository;
        this.access = access;
    }

    /** Adds a sub-category (or a new family when {@code parentSlug} is blank), last in its level. */
    @Transactional
    public CategoryView add(Actor operator, AddCategoryCommand command) {
        access.requireOperator(operator);
        String slug = slugs.givenOrFree(
                SlugKind.CATEGORY, command.slug(), command.nameZh(), command.nameEn(), "category.slug.invalid");
        String nameZh = Input.required(command.nameZh(), 60, "category.name.required");
        String nameEn = Input.required(command.nameEn(), 60, "category.name.required");
        String parentSlug = Input.optional(command.parentSlug());
        Long parentId = parentSlug == null
                ? null
                : repository
                        .findBySlug(parentSlug)
                        .map(CategoryRow::id)
                        .orElseThrow(() -> new RuleViolationException("category.parent.invalid", parentSlug));
        if (repository.findBySlug(slug).isPresent()) {
            throw new ConflictException("category.slug.taken", slug);
        }
        int position = repository.findAllOrderByPosition().stream()
                        .filter(row -> Objects.equals(row.parentId(), parentId))
                        .mapToInt(CategoryRow::position)
                        .max()
                        .orElse(0)
                + 10;
        CategoryRow saved = repository.save(new CategoryRow(null, slug, parentId, nameZh, nameEn, position));
        return view(saved, parentSlug);
    }

    @Transactional(readOnly = true)
    public List<CategoryView> all() {
        List<CategoryRow> rows = repository.findAllOrderByPosition();
        Map<Long, CategoryRow> byId = rows.stream().collect(Collectors.toMap(CategoryRow::id, Function.identity()));
        List<CategoryView> ordered = new ArrayList<>();
        addChildren(null, rows, byId, ordered);
        return ordered;
    }

    @Connectable
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
