package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;

/**
 * What a shop's staff may change about their shop, its village story included; location and
 * licence stay as the operators approved them.
 */
public record UpdateShopProfileCommand(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String specialtyZh,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String foodBusinessLicence,
        @Nullable String storyZh,
        @Nullable String storyEn) {

    /** The longest village story, in characters: a phone screen or two. */
    public static final int LONGEST_STORY_ZH = 2000;

    public static final int LONGEST_STORY_EN = 4000;
}
