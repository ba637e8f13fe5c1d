package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.RegionView;
import org.techan.catalog.RegisterVillageCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/** The region tree: reading it, and growing it one region at a time below an existing parent. */
@Singleton
class Regions {

    /** Statistical village codes under a township start here (001–199 are urban communities). */
    private static final int FIRST_VILLAGE_NUMBER = 201;

    private final RegionRepository repository;
    private final Divisions divisions;
    private final JdbcOperations jdbc;

    private final Access access;

    Regions(RegionRepository repository, Divisions divisions, JdbcOperations jdbc, Access access) {
        this.jdbc = jdbc;
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

    /**
     * The region and its ancestors, province first. The code names its ancestors, so they are read
     * together (one query, a second for levels only the national divisions have) rather than a level
     * at a time; a parent outside the code's own structure is still followed.
     */
    @Connectable
    public List<RegionView> path(RegionCode code) {
        List<String> codes = new ArrayList<>();
        for (Optional<RegionCode> level = Optional.of(code);
                level.isPresent();
                level = level.get().parent()) {
            codes.add(level.get().value());
        }
        // The marketplace's own region (English name, villages) if it has one, else the country's division.
        Map<String, RegionView> known = new HashMap<>();
        repository.findByCodeIn(codes).forEach(row -> known.put(row.code(), row.view()));
        List<String> missing = codes.stream().filter(c -> !known.containsKey(c)).toList();
        divisions.findAll(missing).forEach(known::putIfAbsent);
        List<RegionView> path = new ArrayList<>();
        Optional<RegionCode> next = Optional.of(code);
        while (next.isPresent()) {
            RegionCode level = next.get();
            RegionView region = Optional.ofNullable(known.get(level.value()))
                    .or(() -> find(level))
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

    @Transactional
    public RegionView registerVillage(Actor operator, RegisterVillageCommand command) {
        access.requireOperator(operator);
        String nameZh = Input.required(command.nameZh(), 100, "region.name.required");
        RegionCode township = township(command.townshipCode());
        List<RegionView> chain;
        try {
            chain = path(township);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("region.township.required");
        }
        chain.forEach(this::joinMarketplace);
        lock(township);
        if (villageNamed(township, nameZh)) {
            throw new ConflictException("region.village.exists", nameZh);
        }
        RegionCode village = command.code() == null || command.code().isBlank()
                ? nextVillage(township)
                : RegionCode.parse(command.code());
        if (village.level() != RegionLevel.VILLAGE || !township.contains(village)) {
            throw new RuleViolationException("region.village.outside", village.value());
        }
        if (repository.existsById(village.value())) {
            throw new ConflictException("region.exists", village.value());
        }
        RegionRow row = new RegionRow(
                village.value(), township.value(), RegionLevel.VILLAGE, nameZh, Input.optional(command.nameEn()));
        return repository.save(row).view();
    }

    private static RegionCode township(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("region.township.required");
        }
        RegionCode township = RegionCode.parse(code);
        if (township.level() != RegionLevel.TOWNSHIP) {
            throw new RuleViolationException("region.township.required");
        }
        return township;
    }

    /** A division becomes a marketplace region; a simultaneous registration may have added it first. */
    private void joinMarketplace(RegionView level) {
        update(
                "INSERT IGNORE INTO catalog_region (code, parent_code, level, name_zh, name_en) VALUES (?, ?, ?, ?, ?)",
                level.code(),
                level.parentCode(),
                level.level().name(),
                level.nameZh(),
                level.nameEn());
    }

    /** Serialises registrations under one township, so two never take the same next code. */
    private void lock(RegionCode township) {
        query("SELECT code FROM catalog_region WHERE code = ? FOR UPDATE", township.value());
    }

    private boolean villageNamed(RegionCode township, String nameZh) {
        return query("SELECT code FROM catalog_region WHERE parent_code = ? AND name_zh = ?", township.value(), nameZh)
                != null;
    }

    private RegionCode nextVillage(RegionCode township) {
        String highest = query(
                "SELECT MAX(code) FROM catalog_region WHERE parent_code = ? AND level = 'VILLAGE'", township.value());
        int next = highest == null
                ? FIRST_VILLAGE_NUMBER
                : Math.max(FIRST_VILLAGE_NUMBER, Integer.parseInt(highest.substring(9)) + 1);
        if (next > 999) {
            throw new ConflictException("region.village.full", township.value());
        }
        return new RegionCode(township.prefix() + String.format("%03d", next));
    }

    private @Nullable String query(String sql, String... values) {
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the regions: " + sql, e);
        }
    }

    private void update(String sql, @Nullable String... values) {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add to the regions: " + sql, e);
        }
    }

    private Optional<RegionView> find(RegionCode code) {
        return repository.findById(code.value()).map(RegionRow::view);
    }
}
