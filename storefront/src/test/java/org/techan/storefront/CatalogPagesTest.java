package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.Role;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogPagesTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @BeforeAll
    void yongtai() {
        market.regions("350125100201", "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "樟城镇/Zhangcheng", "李干村");
        for (int i = 1; i <= 13; i++) {
            String slug = String.format("yongtai-plum-%02d", i);
            String first17 = String.format("93350125MA%07d", i);
            catalog.applyForShop(new ApplyForShopCommand(
                    slug,
                    ShopKind.COOPERATIVE,
                    String.format("永泰李干合作社%02d", i),
                    i == 1 ? "Yongtai Dried Plum Co-op" : null,
                    "350125100201",
                    "李干",
                    "陈明",
                    "13905910000",
                    first17 + BusinessLicenceNumber.checkCharacter(first17),
                    "JY13501250000001"));
            catalog.changeShopStatus(OPERATOR, slug, ShopStatus.APPROVED);
        }
        catalog.openPavilion(
                OPERATOR,
                new OpenPavilionCommand(
                        "yongtai", "350125", "永泰县馆", "Yongtai Pavilion", "李干之乡，山水永泰。", "Home of dried plums.", null));
    }

    @Test
    void homeListsThePavilionsInTheReadersLanguage() {
        assertThat(page("/")).contains("地方特产馆", "永泰县馆", "href=\"/pavilions/yongtai\"");
        assertThat(page("/?lang=en")).contains("Regional pavilions", "Yongtai Pavilion");
    }

    @Test
    void pavilionPageShowsItsShopsTwelveAtATime() {
        String first = page("/pavilions/yongtai");
        String second = page("/pavilions/yongtai?page=1&lang=en");

        assertThat(first).contains("李干之乡，山水永泰。", "馆内店铺（13 家）", "永泰李干合作社01", "第 1 / 2 页", "下一页");
        assertThat(first).doesNotContain("永泰李干合作社13");
        assertThat(second).contains("Home of dried plums.", "永泰李干合作社13", "Page 2 of 2", "Previous");
    }

    @Test
    void shopPageShowsWhereItIsAndItsLicences() {
        String chinese = page("/shops/yongtai-plum-01");
        String english = page("/shops/yongtai-plum-01?lang=en");

        assertThat(chinese).contains("永泰李干合作社01", "特产：李干", "农民专业合作社", "福建省 › 福州市 › 永泰县 › 樟城镇 › 李干村");
        assertThat(english).contains("Yongtai Dried Plum Co-op", "Farmers’ cooperative", "Fujian › Fuzhou › Yongtai");
        assertThat(chinese).as("a shop with nothing on sale says so").contains("本店暂时没有在售商品。");
    }

    @Test
    void unknownOrClosedShopsAreNotFoundPages() {
        catalog.changeShopStatus(OPERATOR, "yongtai-plum-13", ShopStatus.SUSPENDED);

        for (String path : new String[] {"/shops/yongtai-plum-13", "/shops/nobody", "/pavilions/atlantis"}) {
            HttpClientResponseException e = catchThrowableOfType(
                    HttpClientResponseException.class, () -> http.toBlocking().exchange(path, String.class));
            assertThat(e.getStatus().getCode()).as(path).isEqualTo(404);
            assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("返回首页");
        }
        catalog.changeShopStatus(OPERATOR, "yongtai-plum-13", ShopStatus.APPROVED);
    }

    private String page(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path));
    }
}
