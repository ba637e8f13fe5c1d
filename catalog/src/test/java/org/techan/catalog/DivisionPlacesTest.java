package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coordinates without a map: a division's seat, or its nearest ancestor's. */
@MicronautTest(transactional = false)
class DivisionPlacesTest {

    @Inject
    CatalogApi catalog;

    @Test
    void aCountyHasItsSeatAndATownshipTakesItsCountys() {
        DivisionPlace luoning =
                catalog.divisionPlace(RegionCode.parse("410328")).orElseThrow();
        assertThat(luoning.code()).isEqualTo("410328000000");
        assertThat(luoning.nameZh()).isEqualTo("洛宁县");
        assertNear(luoning, 34.39, 111.66);

        DivisionPlace township =
                catalog.divisionPlace(RegionCode.parse("410328102")).orElseThrow();
        assertThat(township.code()).as("a township has no seat of its own").isEqualTo("410328000000");

        assertNear(catalog.divisionPlace(RegionCode.parse("350125")).orElseThrow(), 25.85, 118.94);
        assertNear(catalog.divisionPlace(RegionCode.parse("422827")).orElseThrow(), 29.51, 109.40);
    }

    @Test
    void aCityAndAProvinceHaveTheirSeats() {
        DivisionPlace luoyang = catalog.divisionPlace(RegionCode.parse("4103")).orElseThrow();
        assertThat(luoyang.nameZh()).isEqualTo("洛阳市");
        assertNear(luoyang, 34.68, 112.45);
        DivisionPlace henan = catalog.divisionPlace(RegionCode.parse("41")).orElseThrow();
        assertThat(henan.nameZh()).as("Zhengzhou, the capital").isEqualTo("河南省");
        assertNear(henan, 34.76, 113.65);
    }

    @Test
    void aCodeThatIsNoDivisionHasNoPlace() {
        assertThat(catalog.divisionPlace(RegionCode.parse("410328999"))).isEmpty();
        assertThat(catalog.divisionPlace(RegionCode.parse("410328100201")))
                .as("villages are not divisions")
                .isEmpty();
    }

    /**
     * Every province has its capital, and every county's seat lies within reach of its city's: a
     * seat matched by a name another part of the country also uses would land far off.
     */
    @Test
    void everyProvinceIsPlacedAndEveryCountySeatLiesNearItsCitysSeat() {
        List<String> far = new ArrayList<>();
        int counties = 0;
        for (RegionView province : catalog.divisions(null)) {
            DivisionPlace capital =
                    catalog.divisionPlace(new RegionCode(province.code())).orElseThrow();
            assertThat(capital.code()).isEqualTo(province.code());
            for (RegionView city : catalog.divisions(new RegionCode(province.code()))) {
                DivisionPlace seat =
                        catalog.divisionPlace(new RegionCode(city.code())).orElseThrow();
                // Without a city seat the capital: Hulunbuir's counties lie 1,000 km from Hohhot.
                long reach = seat.code().equals(city.code()) ? 700 : 1_500;
                for (RegionView county : catalog.divisions(new RegionCode(city.code()))) {
                    DivisionPlace place =
                            catalog.divisionPlace(new RegionCode(county.code())).orElseThrow();
                    if (place.code().equals(county.code())) {
                        counties++;
                        if (km(place, seat) > reach) {
                            far.add(county.nameZh() + " " + km(place, seat) + " km from " + seat.nameZh());
                        }
                    }
                }
            }
        }
        assertThat(far).isEmpty();
        assertThat(counties).as("counties with a seat of their own").isGreaterThan(1_500);
    }

    private static void assertNear(DivisionPlace place, double latitude, double longitude) {
        assertThat(place.latitude().doubleValue()).isBetween(latitude - 0.05, latitude + 0.05);
        assertThat(place.longitude().doubleValue()).isBetween(longitude - 0.05, longitude + 0.05);
        assertThat(place.latitude().scale()).isEqualTo(5);
        assertThat(place.latitude()).isInstanceOf(BigDecimal.class);
    }

    private static long km(DivisionPlace a, DivisionPlace b) {
        double la1 = Math.toRadians(a.latitude().doubleValue());
        double la2 = Math.toRadians(b.latitude().doubleValue());
        double dlo = Math.toRadians(b.longitude().doubleValue() - a.longitude().doubleValue());
        double h =
                Math.pow(Math.sin((la2 - la1) / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(dlo / 2), 2);
        return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
    }
}
