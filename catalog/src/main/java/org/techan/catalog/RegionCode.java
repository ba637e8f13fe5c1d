package org.techan.catalog;

import java.util.Optional;
import org.techan.platform.RuleViolationException;

/**
 * A national administrative division code (统计用区划代码), 12 digits at village level: 35 福建省,
 * 3501 福州市, 350125 永泰县, 350125100 a township, 350125100201 a village. Its leading digits are its
 * ancestors, so "everything below a region" is every code sharing its significant prefix.
 */
public record RegionCode(String value) {

    public RegionCode {
        if (value == null || !value.matches("\\d{12}") || value.startsWith("00")) {
            throw new RuleViolationException("region.code.invalid", String.valueOf(value));
        }
    }

    /** Accepts the short forms too: "35" or "350125" are padded with zeros to 12 digits. */
    public static RegionCode parse(String text) {
        String digits = text == null ? "" : text.trim();
        if (!digits.matches("\\d{2,12}")) {
            throw new RuleViolationException("region.code.invalid", String.valueOf(text));
        }
        return new RegionCode((digits + "000000000000").substring(0, 12));
    }

    public RegionLevel level() {
        for (RegionLevel level : RegionLevel.values()) {
            if (value.substring(level.significantDigits()).chars().allMatch(digit -> digit == '0')) {
                return level;
            }
        }
        return RegionLevel.VILLAGE;
    }

    /** The digits that this region and every region below it start with. */
    public String prefix() {
        return value.substring(0, level().significantDigits());
    }

    /** The region one level up, by the code's own structure; none for a province. */
    public Optional<RegionCode> parent() {
        RegionLevel level = level();
        if (level == RegionLevel.PROVINCE) {
            return Optional.empty();
        }
        int keep = RegionLevel.values()[level.ordinal() - 1].significantDigits();
        return Optional.of(new RegionCode((value.substring(0, keep) + "000000000000").substring(0, 12)));
    }

    /**
     * The region at {@code level} this one lies in (itself when it is at that level); a region
     * above {@code level} is returned as it is.
     */
    public RegionCode within(RegionLevel level) {
        if (level().ordinal() <= level.ordinal()) {
            return this;
        }
        return new RegionCode((value.substring(0, level.significantDigits()) + "000000000000").substring(0, 12));
    }

    /** True when {@code other} is this region or lies anywhere below it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(prefix()) && other.level().ordinal() >= level().ordinal();
    }

    @Override
    public String toString() {
        return value;
    }
}
