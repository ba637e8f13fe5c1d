package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techan.catalog.DivisionPlace;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.RegionView;
import org.techan.platform.SqlScript;

/**
 * China's administrative divisions to township level (catalog_division, loaded by migration):
 * where shoppers live and stores stand, not only where the marketplace's producers are.
 */
@Singleton
class Divisions {

    private final JdbcOperations jdbc;

    Divisions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    public List<RegionView> children(@Nullable RegionCode parent) {
        String sql = "SELECT code, level, name_zh, parent_code FROM catalog_division WHERE "
                + (parent == null ? "parent_code IS NULL" : "parent_code = ?") + " ORDER BY code";
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
            if (parent != null) {
                select.setString(1, parent.value());
            }
            List<RegionView> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(view(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the divisions under " + parent, e);
        }
    }

    @Connectable
    public Optional<RegionView> find(RegionCode code) {
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT code, level, name_zh, parent_code FROM catalog_division WHERE code = ?")) {
            select.setString(1, code.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the division " + code.value(), e);
        }
    }

    /** The divisions among {@code codes}, by code; those that do not exist are left out. */
    @Connectable
    public Map<String, RegionView> findAll(Collection<String> codes) {
        Map<String, RegionView> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        String sql = "SELECT code, level, name_zh, parent_code FROM catalog_division WHERE code IN ("
                + SqlScript.rows("?", codes.size()) + ")";
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
            int i = 1;
            for (String code : codes) {
                select.setString(i++, code);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    RegionView division = view(rows);
                    found.put(division.code(), division);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the divisions " + codes, e);
        }
        return found;
    }

    /**
     * Its own seat's place, else its nearest ancestor's (a deeper code sorts after its ancestors'):
     * one read of the places on its path. None for a code that is no division.
     */
    @Connectable
    public Optional<DivisionPlace> place(RegionCode code) {
        List<String> path = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            if (level.ordinal() <= code.level().ordinal()) {
                path.add(code.within(level).value());
            }
        }
        String sql = "SELECT d.code, d.name_zh, p.latitude, p.longitude FROM catalog_division_place p"
                + " JOIN catalog_division d ON d.code = p.code WHERE p.code IN (" + SqlScript.rows("?", path.size())
                + ") AND EXISTS (SELECT 1 FROM catalog_division asked WHERE asked.code = ?)"
                + " ORDER BY p.code DESC LIMIT 1";
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < path.size(); i++) {
                select.setString(i + 1, path.get(i));
            }
            select.setString(path.size() + 1, code.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new DivisionPlace(
                                rows.getString(1), rows.getString(2), rows.getBigDecimal(3), rows.getBigDecimal(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the place of " + code.value(), e);
        }
    }

    private static RegionView view(ResultSet row) throws SQLException {
        return new RegionView(
                row.getString(1), RegionLevel.valueOf(row.getString(2)), row.getString(3), null, row.getString(4));
    }
}
