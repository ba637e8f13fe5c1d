package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/** The region tree: reading it, and growing it one region at a time below an existing parent. */
@Singleton
class Regions {

    private final RegionRepository repository;
    private final Divisions divisions;

    private final Access access;

    Regions(RegionRepository repository, Divisions divisions, Access access) {
        this.divisions = divisions;
        this.access = access;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<RegionView> children(@Nullable RegionCode parent) {
        List<RegionRow> rows = parent == null
                ? repository.findByParentCodeIsNullOrderByCode()
                : repository.findByParentCodeOrderByCode(parent.value());
        return rows.stream().map(RegionRow::view).toList();
    }

    @Transactional(readOnly = true)
    public RegionView get(RegionCode code) {
        return find(code).orElseThrow(() -> new NotFoundException("region.not-found", code.value()));
    }

    @Transactional(readOnly = true)
    public List<RegionView> path(RegionCode code) {
        List<RegionView> path = new ArrayList<>();
        Optional<RegionCode> next = Optional.of(code);
        while (next.isPresent()) {
            RegionCode level = next.get();
            // The marketplace's own region (English name, villages) if it has one, else the country's division.
            RegionView region = find(level)
                    .or(() -> divisions.find(level))
                    .orElseThrow(() -> new NotFoundException("region.not-found", level.value()));
            path.add(region);
            next = Optional.ofNullable(region.parentCode()).map(RegionCode::new);
        }
        Collections.reverse(path);
        return path;
    }

    @Transactional
    public RegionView add(Actor operator, AddRegionCommand command) {
        access.requireOperator(operator);
        RegionCode code = RegionCode.parse(command.code());
        String nameZh = Input.required(command.nameZh(), 100, "region.name.required");
        String parent = code.parent().map(RegionCode::value).orElse(null);
        if (parent != null && !repository.existsById(parent)) {
            throw new RuleViolationException("region.parent.missing", code.value(), parent);
        }
        if (repository.existsById(code.value())) {
            throw new ConflictException("region.exists", code.value());
        }
        RegionRow row = new RegionRow(code.value(), parent, code.level(), nameZh, Input.optional(command.nameEn()));
        return repository.save(row).view();
    }

    private Optional<RegionView> find(RegionCode code) {
        return repository.findById(code.value()).map(RegionRow::view);
    }
}
