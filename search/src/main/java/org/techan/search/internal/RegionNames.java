package org.techan.search.internal;

import java.util.List;

/** Region names as people say them: 永泰 for 永泰县, 嵩口 for 嵩口镇. */
final class RegionNames {

    private static final List<String> SUFFIXES = List.of("自治州", "自治县", "街道", "省", "市", "县", "区", "镇", "乡", "村");

    private RegionNames() {}

    static String withoutSuffix(String nameZh) {
        for (String suffix : SUFFIXES) {
            if (nameZh.endsWith(suffix) && nameZh.length() - suffix.length() >= 2) {
                return nameZh.substring(0, nameZh.length() - suffix.length());
            }
        }
        return nameZh;
    }
}
