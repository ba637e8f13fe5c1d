package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.BrandView;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ImageView;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.ProductStatus;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ReserveStockCommand;
import org.techan.catalog.SkuView;
import org.techan.catalog.StockLine;
import org.techan.catalog.StockPort;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.catalog.internal.HeldStock;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MediaStore;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/** The back office's product pages over HTTP, and the shopper's pages and API that show the result. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoopProductsTest {

    private static final Actor SYSTEM = new Actor(0, Role.OPERATOR);
    private static final String VILLAGE = "530821100201";

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    HeldStock reservations;

    @Inject
    StockPort stock;

    @Inject
    Accounts accounts;

    @Inject
    MediaStore media;

    private final Map<String, Long> accountIds = new HashMap<>();

    @BeforeAll
    void puerTeaShops() {
        market.regions(VILLAGE, "云南省/Yunnan", "普洱市/Pu’er", "宁洱县/Ning’er", "宁洱镇", "茶源村");
        shop("puer-tea", "宁洱普洱茶合作社", "puer.staff");
        shop("puer-coffee", "宁洱咖啡合作社", "coffee.staff");
        accounts.register(new RegisterAccountCommand("puer.ops", "operator-2026", "运营小普", Role.OPERATOR));
    }

    @Test
    void staffCreateAProductThroughTheFormAndShoppersSeeItOncePublished() {
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        assertThat(staff.get("/coop/products/new").body()).contains("添加商品", "value=\"" + VILLAGE + "\"");

        HttpResponse<String> created = staff.post("/coop/products", teaForm("宁洱普洱生茶 2026 春", "88.00"));
        assertThat(created.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        String editPage = staff.get(FormClient.location(created)).body();
        assertThat(editPage).contains("宁洱普洱生茶 2026 春", "草稿", "357 克", "¥88.00");
        long id = Long.parseLong(FormClient.location(created).replace("/coop/products/", ""));
        assertThat(catalog.product(SYSTEM, id).harvestMonths()).containsExactly(3, 4);

        assertThat(staff.post("/coop/products/" + id + "/skus", sku("七子饼 整提", "616.00", "2499"))
                        .code())
                .isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(catalog.product(SYSTEM, id).skus())
                .extracting(sku -> sku.specZh())
                .containsExactly("357 克 饼", "七子饼 整提");

        List<Map.Entry<String, String>> limited = new java.util.ArrayList<>(sku("节日限量饼", "168.00", "357"));
        limited.add(Map.entry("skuMaxPerBuyer", "0"));
        limited.add(Map.entry("skuBuyerWindowDays", "14"));
        assertThat(staff.post("/coop/products/" + id + "/skus", limited).body())
                .as("a per-person limit below the minimum is explained")
                .contains("每人限购数须不少于起购数量 1");
        limited.set(limited.size() - 2, Map.entry("skuMaxPerBuyer", "5"));
        assertThat(staff.post("/coop/products/" + id + "/skus", limited).code())
                .isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(catalog.product(SYSTEM, id).skus().get(2).purchase())
                .extracting(rule -> rule.maxPerBuyer(), rule -> rule.buyerWindowDays())
                .containsExactly(5, 14);
        assertThat(page("/products/" + id).code())
                .as("a draft is not for shoppers")
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void badInputShowsTheMessageBesideTheFormAndCreatesNothing() {
        FormClient staff = FormClient.signIn(http, "coffee.staff", "puer-tea-2026");
        long before = catalog.ownProducts(staffActor("coffee.staff"), 0, 100).total();

        HttpResponse<String> refused = staff.post("/coop/products", teaForm("宁洱小粒咖啡", "12.345"));

        assertThat(refused.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(refused.body()).contains("价格须大于 0、不超过 100 万元，且最多两位小数").contains("value=\"宁洱小粒咖啡\"");
        assertThat(catalog.ownProducts(staffActor("coffee.staff"), 0, 100).total())
                .isEqualTo(before);
    }

    @Test
    void staffOfAnotherShopCanNeitherSeeNorChangeTheProduct() {
        FormClient owner = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        FormClient other = FormClient.signIn(http, "coffee.staff", "puer-tea-2026");
        String location = FormClient.location(owner.post("/coop/products", teaForm("宁洱熟茶 饼", "128.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));

        assertThat(other.get(location).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(other.post(location, teaForm("改名的茶", "1.00")).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(other.post(location + "/publish", List.of()).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(other.post(location + "/skus", sku("偷加的规格", "1.00", "100")).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());

        ProductView unchanged = catalog.product(SYSTEM, id);
        assertThat(unchanged.titleZh()).isEqualTo("宁洱熟茶 饼");
        assertThat(unchanged.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(unchanged.skus()).hasSize(1);
    }

    @Test
    void aPublishedProductAppearsOnItsPageInTheApiAndInItsCategory() {
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱古树红茶", "66.50")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));
        assertThat(page("/products/" + id).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());

        assertThat(staff.post(location + "/publish", List.of()).code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());

        HttpResponse<String> zh = page("/products/" + id);
        assertThat(zh.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(zh.body()).contains("宁洱古树红茶", "¥66.50 起", "扶贫产品", "常温", "3月", "4月", "云南省 › 普洱市 › 宁洱县", "已售罄");
        assertThat(page("/products/" + id + "?lang=en").body()).contains("from ¥66.50", "Poverty relief", "Mar", "Apr");
        assertThat(page("/categories/tea").body()).contains("宁洱古树红茶", "href=\"/products/" + id + "\"");

        String list = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/products?region=5308&category=tea"));
        assertThat(list).contains("\"total\":", "宁洱古树红茶", "\"price\":66.5");
        String one = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/products/" + id));
        assertThat(one).contains("\"skus\":[", "\"shopSlug\":\"puer-tea\"", "\"harvestMonths\":[3,4]");

        staff.post(location + "/unpublish", List.of());
        assertThat(page("/products/" + id).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void aReceivedBatchIsTraceableByCodeAndQrUntilAnOperatorRecallsIt() {
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱白茶 寿眉", "45.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));
        staff.post(location + "/publish", List.of());
        long skuId = catalog.product(SYSTEM, id).skus().get(0).id();

        HttpResponse<String> refused = staff.post(location + "/batches", batch(skuId, "20", "FAILED"));
        assertThat(refused.code())
                .as("a failed inspection is not on offer in the form, nor accepted")
                .isEqualTo(422);
        assertThat(staff.post(location + "/batches", batch(skuId, "20", "PASSED"))
                        .code())
                .isEqualTo(303);

        ProductView product = catalog.product(SYSTEM, id);
        String code = product.batches().get(0).traceCode();
        assertThat(product.skus().get(0).available()).isEqualTo(20);
        assertThat(page("/products/" + id).body()).contains("href=\"/trace/" + code + "\"", "有货（20）");
        String trace = page("/trace/" + code).body();
        assertThat(trace)
                .contains(
                        "追溯码 " + code,
                        "茶源村古茶园 A-07",
                        "宁洱普洱茶合作社",
                        "云南省 › 普洱市 › 宁洱县 › 宁洱镇 › 茶源村",
                        "合格",
                        "/trace/" + code + "/qr.svg");
        HttpResponse<String> qr = page("/trace/" + code + "/qr.svg");
        assertThat(qr.getContentType().orElseThrow().toString()).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path");
        assertThat(page("/trace/NOSUCHCODE22").code()).isEqualTo(404);
        assertThat(FormClient.send(http, HttpRequest.GET("/trace/" + code).header("Host", "evil.example"))
                        .body())
                .as("printed labels point at TECHAN_SITE_URL, never at a Host header someone sent")
                .contains("http://localhost:8080/trace/" + code)
                .doesNotContain("evil.example");
        assertThat(trace).contains("这一批次还没有售出。");
        reservations.reserve(new ReserveStockCommand(
                "puer-order-1", List.of(new StockLine(product.skus().get(0).id(), 4)), null));
        stock.commit("puer-order-1", RegionCode.parse("530802"));
        assertThat(page("/trace/" + code).body()).contains("去向（按城市汇总）", "普洱市：4 件");
        assertThat(page("/trace/" + code + "?lang=en").body()).contains("Where it went (by city)");

        FormClient operator = FormClient.signIn(http, "puer.ops", "operator-2026");
        assertThat(operator.get("/ops").body())
                .as("the recall form offers the batch by shop, product and harvest, not a code to type")
                .contains("<option value=\"" + code + "\" label=\"宁洱普洱茶合作社 · " + product.titleZh() + " · 采收 ");
        HttpResponse<String> recalled = operator.post(
                "/ops/batches/recall", List.of(Map.entry("traceCode", code), Map.entry("reason", "农残抽检复核")));
        assertThat(recalled.code()).isEqualTo(303);
        assertThat(FormClient.location(recalled)).isEqualTo("/ops/batches/" + code);
        String followUp = operator.get("/ops/batches/" + code).body();
        assertThat(followUp).contains("批次 " + code, "此批次已被召回：农残抽检复核", "涉及的订单", "puer-order-1", "已付款");
        assertThat(operator.get("/ops").body())
                .as("a recalled batch is not offered again")
                .doesNotContain("value=\"" + code + "\"");
        FormClient staffMember = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        assertThat(staffMember.get("/ops/batches/" + code).code()).isEqualTo(403);
        assertThat(page("/trace/" + code).body()).contains("此批次已被召回：农残抽检复核");
        assertThat(page("/products/" + id).body()).contains("本商品有批次已被召回", "已售罄");
        assertThat(catalog.product(SYSTEM, id).skus().get(0).available()).isZero();
    }

    @Test
    void anOperatorVerifiedCertificateShowsItsBadgeOnTheProductPage() {
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱有机绿茶", "58.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));
        staff.post(location + "/publish", List.of());

        assertThat(staff.upload(
                                location + "/certificates",
                                certificate("%PDF-1.7 scan".getBytes(StandardCharsets.UTF_8)),
                                false)
                        .code())
                .as("no token, no upload")
                .isEqualTo(403);
        assertThat(staff.upload(
                                location + "/certificates?_csrf="
                                        + URLEncoder.encode(staff.csrfToken(), StandardCharsets.UTF_8),
                                certificate("%PDF-1.7 scan".getBytes(StandardCharsets.UTF_8)),
                                false)
                        .code())
                .as("tokens never travel in addresses, where logs and Referer headers keep them")
                .isEqualTo(403);
        HttpResponse<String> wrongType =
                staff.upload(location + "/certificates", certificate("<html>".getBytes(StandardCharsets.UTF_8)), true);
        assertThat(wrongType.code()).isEqualTo(422);
        assertThat(wrongType.body()).contains("只接受 PDF、JPG 或 PNG 文件。");
        assertThat(catalog.product(SYSTEM, id).certificates()).isEmpty();

        assertThat(staff.upload(
                                location + "/certificates",
                                certificate("%PDF-1.7 scan".getBytes(StandardCharsets.UTF_8)),
                                true)
                        .code())
                .isEqualTo(303);
        assertThat(page("/products/" + id).body()).doesNotContain("badge-ORGANIC");

        FormClient operator = FormClient.signIn(http, "puer.ops", "operator-2026");
        long certificateId = catalog.product(SYSTEM, id).certificates().get(0).id();
        String queue = operator.get("/ops/certificates").body();
        assertThat(queue).contains("OFDC-2026-0088", "有机农产品");
        HttpResponse<String> scan = operator.get("/ops/certificates/" + certificateId + "/document");
        assertThat(scan.getContentType().orElseThrow().toString()).startsWith("application/pdf");
        assertThat(operator.post(
                                "/ops/certificates/" + certificateId + "/review",
                                List.of(Map.entry("decision", "VERIFIED")))
                        .code())
                .isEqualTo(303);

        assertThat(page("/products/" + id).body()).contains("id=\"badge-ORGANIC\"", "有机农产品");
        assertThat(page("/products/" + id + "?lang=en").body()).contains("Organic");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/v1/products/" + id)))
                .contains("\"certificates\":[", "\"badge\":true", "OFDC-2026-0088");
    }

    @Test
    void aCsvImportSavesEveryRowOrNoneAndNamesTheBadRows() throws Exception {
        FormClient staff = FormClient.signIn(http, "coffee.staff", "puer-tea-2026");
        long before = catalog.ownProducts(staffActor("coffee.staff"), 0, 100).total();
        String header =
                "category,title_zh,title_en,description_zh,description_en,origin_code,temperature,shelf_life_days,"
                        + "harvest_months,poverty_relief,sku_spec_zh,sku_unit,sku_net_weight_grams,sku_price\n";
        String good = "tea,普洱咖啡 日晒,,宁洱高山小粒咖啡。,,530821,常温,365,11;12,是,250 克袋装,袋,250,68.00\n";
        String badPrice = "tea,普洱咖啡 水洗,,宁洱高山小粒咖啡。,,530821,常温,365,11,否,250 克袋装,袋,250,免费\n";

        HttpResponse<String> refused = staff.upload("/coop/products/import", csv(header + good + badPrice), true);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("文件未导入", "第 2 行：", "价格须大于 0");
        assertThat(catalog.ownProducts(staffActor("coffee.staff"), 0, 100).total())
                .isEqualTo(before);

        assertThat(staff.upload("/coop/products/import", csv("title,price\n" + good), true)
                        .body())
                .contains("表头不正确");
        byte[] gbk = (header + good).getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(staff.upload("/coop/products/import", csvBytes(gbk), true).body())
                .contains("不是 UTF-8 编码");

        HttpResponse<String> imported =
                staff.upload("/coop/products/import", csv("\uFEFF" + header + good + good.replace("日晒", "蜜处理")), true);
        assertThat(imported.code()).isEqualTo(303);
        assertThat(staff.get(FormClient.location(imported)).body()).contains("已导入 2 件商品草稿", "普洱咖啡 蜜处理");
        assertThat(catalog.ownProducts(staffActor("coffee.staff"), 0, 100).total())
                .isEqualTo(before + 2);
    }

    @Test
    void anOperatorLicensesARegionalBrandAndTheShopPutsItOnAProduct() {
        FormClient operator = FormClient.signIn(http, "puer.ops", "operator-2026");
        List<Map.Entry<String, String>> brand = List.of(
                Map.entry("slug", ""),
                Map.entry("nameZh", "普洱茶"),
                Map.entry("nameEn", "Puer Tea"),
                Map.entry("province", "530000000000"),
                Map.entry("city", "530800000000"),
                Map.entry("ownerZh", "普洱市茶业协会"));
        assertThat(operator.post("/ops/brands", brand).code()).isEqualTo(303);
        assertThat(catalog.brands())
                .extracting(BrandView::slug)
                .as("made from the English name")
                .contains("puer-tea");
        List<Map.Entry<String, String>> again = new java.util.ArrayList<>(brand);
        again.set(0, Map.entry("slug", "puer-tea"));
        assertThat(operator.post("/ops/brands", again).code()).as("slug taken").isEqualTo(409);
        assertThat(operator.get("/ops").body())
                .as("the brand is licensed to a shop picked from its region")
                .contains("<option value=\"puer-tea\">宁洱普洱茶合作社</option>");
        assertThat(operator.post(
                                "/ops/brands/licences",
                                List.of(
                                        Map.entry("brandSlug", "puer-tea"),
                                        Map.entry("shopSlug", "puer-tea"),
                                        Map.entry("validFrom", "2026-01-01"),
                                        Map.entry("validTo", "2030-12-31")))
                        .code())
                .isEqualTo(303);

        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱普洱 金芽", "99.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));
        staff.post(location + "/publish", List.of());
        assertThat(staff.get(location).body()).contains("<option value=\"puer-tea\">普洱茶</option>");
        assertThat(staff.post(location + "/brand", List.of(Map.entry("brandSlug", "puer-tea")))
                        .code())
                .isEqualTo(303);

        assertThat(page("/products/" + id).body()).contains("区域公共品牌：普洱茶（普洱市茶业协会授权）");
        FormClient coffee = FormClient.signIn(http, "coffee.staff", "puer-tea-2026");
        String coffeeProduct = FormClient.location(coffee.post("/coop/products", teaForm("宁洱咖啡豆", "49.00")));
        HttpResponse<String> unlicensed =
                coffee.post(coffeeProduct + "/brand", List.of(Map.entry("brandSlug", "puer-tea")));
        assertThat(unlicensed.code()).isEqualTo(422);
        assertThat(unlicensed.body()).contains("本店没有“普洱茶”的有效授权");
    }

    @Test
    void photosGetThumbnailsAndArePublicOnlyWhileTheProductIsOnSale() throws Exception {
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱普洱 老树饼", "268.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));

        HttpResponse<String> notAPhoto =
                staff.upload(location + "/images", photo("%PDF-1.4".getBytes(StandardCharsets.UTF_8)), true);
        assertThat(notAPhoto.code()).isEqualTo(422);
        assertThat(notAPhoto.body()).contains("只接受 JPG 或 PNG 照片");
        assertThat(staff.upload(location + "/images", photo(png(1200, 800)), true)
                        .code())
                .isEqualTo(303);

        ImageView image = catalog.product(SYSTEM, id).images().get(0);
        assertThat(page("/media/" + image.thumbnailKey()).code())
                .as("a draft's photo is not public")
                .isEqualTo(404);
        staff.post(location + "/publish", List.of());

        assertThat(page("/products/" + id).body()).contains("/media/" + image.thumbnailKey());
        HttpResponse<byte[]> thumbnail = FormClient.sendBytes(http, HttpRequest.GET("/media/" + image.thumbnailKey()));
        assertThat(thumbnail.getContentType().orElseThrow().toString()).isEqualTo("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getHeight()).isEqualTo(267);
        assertThat(FormClient.sendBytes(http, HttpRequest.GET("/media/" + image.mediaKey()))
                        .body())
                .hasSizeGreaterThan(thumbnail.body().length);
    }

    /** Every refusal comes before anything is written: the refused bytes are nowhere in the media store. */
    @Test
    void uploadsAreCheckedBeforeAnythingIsStored() throws Exception {
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱普洱 上传检查", "99.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));

        byte[] oversized = java.util.Arrays.copyOf(png(8, 8), 7 * 1024 * 1024);
        assertThat(staff.uploadAnnounced(
                                server.getURI(),
                                location + "/images",
                                "image",
                                "photo.png",
                                MediaType.IMAGE_PNG_TYPE,
                                oversized)
                        .statusCode())
                .as("over the request limit")
                .isEqualTo(413);
        assertThat(media.read(keyOf(oversized, "png"))).isEmpty();

        byte[] claimsGigapixels = pngClaiming(50_000, 50_000);
        HttpResponse<String> tooManyPixels = staff.upload(location + "/images", photo(claimsGigapixels), true);
        assertThat(tooManyPixels.code()).isEqualTo(422);
        assertThat(tooManyPixels.body()).contains("不超过 4000 万像素");
        assertThat(media.read(keyOf(claimsGigapixels, "png"))).isEmpty();

        for (int i = 0; i < 9; i++) {
            assertThat(staff.upload(location + "/images", photo(png(16 + i, 16)), true)
                            .code())
                    .isEqualTo(303);
        }
        byte[] tenth = png(64, 16);
        HttpResponse<String> tooMany = staff.upload(location + "/images", photo(tenth), true);
        assertThat(tooMany.code()).isEqualTo(422);
        assertThat(tooMany.body()).contains("每个商品最多 9 张照片");
        assertThat(media.read(keyOf(tenth, "png"))).isEmpty();
        assertThat(catalog.product(SYSTEM, id).images()).hasSize(9);

        market.aShop("puer-applicant")
                .named("宁洱新茶合作社")
                .inVillage(VILLAGE)
                .selling("普洱茶")
                .contact("王女士", "13908791111")
                .staff("applicant.staff", "puer-tea-2026")
                .pending()
                .open();
        FormClient applicantStaff = FormClient.signIn(http, "applicant.staff", "puer-tea-2026");
        String draft = FormClient.location(applicantStaff.post("/coop/products", teaForm("宁洱新茶 申请中", "66.00")));
        byte[] early = png(32, 32);
        HttpResponse<String> beforeApproval = applicantStaff.upload(draft + "/images", photo(early), true);
        assertThat(beforeApproval.code()).isEqualTo(422);
        assertThat(beforeApproval.body()).contains("店铺通过审核后才能上传照片和证书");
        assertThat(media.read(keyOf(early, "png"))).isEmpty();
    }

    /** A tiny PNG whose header declares {@code width}×{@code height} pixels (its CRC made right). */
    private static byte[] pngClaiming(int width, int height) throws java.io.IOException {
        byte[] png = png(4, 4);
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png);
        header.putInt(16, width).putInt(20, height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return png;
    }

    /** The media store names content by its SHA-256. */
    private static String keyOf(byte[] content, String extension) throws Exception {
        return java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(content))
                + "." + extension;
    }

    @Test
    void staffSeeTheirDraftsPhotosChooseTheCoverAndRemovePhotos() throws Exception {
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱普洱 熟茶砖", "128.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));
        staff.upload(location + "/images", photo(png(640, 480)), true);
        staff.upload(location + "/images", photo(png(480, 640)), true);
        List<ImageView> uploaded = catalog.product(SYSTEM, id).images();
        ImageView first = uploaded.get(0);
        ImageView second = uploaded.get(1);

        assertThat(staff.get(location).body()).contains(location + "/media/" + first.thumbnailKey(), "主图");
        assertThat(staff.getBytes(location + "/media/" + second.thumbnailKey())
                        .getContentType()
                        .orElseThrow()
                        .toString())
                .isEqualTo("image/jpeg");
        FormClient coffee = FormClient.signIn(http, "coffee.staff", "puer-tea-2026");
        assertThat(coffee.get(location + "/media/" + first.thumbnailKey()).code())
                .isEqualTo(404);
        assertThat(coffee.post(location + "/images/" + first.id() + "/remove", List.of())
                        .code())
                .isEqualTo(404);

        assertThat(staff.post(location + "/images/" + second.id() + "/cover", List.of())
                        .code())
                .isEqualTo(303);
        assertThat(catalog.product(SYSTEM, id).images())
                .extracting(ImageView::id)
                .containsExactly(second.id(), first.id());
        assertThat(staff.post(location + "/images/" + second.id() + "/remove", List.of())
                        .code())
                .isEqualTo(303);
        assertThat(catalog.product(SYSTEM, id).images())
                .extracting(ImageView::id)
                .containsExactly(first.id());
        assertThat(staff.post(location + "/images/" + second.id() + "/remove", List.of())
                        .code())
                .as("a photo removed already")
                .isEqualTo(404);
    }

    @Test
    void staffChangeASkusPriceAndABadPriceChangesNothing() {
        FormClient staff = FormClient.signIn(http, "coffee.staff", "puer-tea-2026");
        String location = FormClient.location(staff.post("/coop/products", teaForm("宁洱小粒咖啡 挂耳", "39.00")));
        long id = Long.parseLong(location.replace("/coop/products/", ""));
        SkuView sku = catalog.product(SYSTEM, id).skus().get(0);
        assertThat(staff.get(location).body()).contains("id=\"sku-" + sku.id() + "-price\"", "value=\"39.00\"");

        HttpResponse<String> refused = staff.post(location + "/skus/" + sku.id(), sku("挂耳 10 袋", "39.999", "100"));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("role=\"alert\"");
        assertThat(catalog.product(SYSTEM, id).skus().get(0).price()).isEqualByComparingTo("39.00");

        assertThat(staff.post(location + "/skus/" + sku.id(), sku("挂耳 10 袋", "35.50", "100"))
                        .code())
                .isEqualTo(303);
        SkuView revised = catalog.product(SYSTEM, id).skus().get(0);
        assertThat(revised.specZh()).isEqualTo("挂耳 10 袋");
        assertThat(revised.price()).isEqualByComparingTo("35.50");
        assertThat(revised.netWeightGrams()).isEqualTo(100);
        FormClient puer = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        assertThat(puer.post(location + "/skus/" + sku.id(), sku("偷改", "1.00", "100"))
                        .code())
                .isEqualTo(404);
        assertThat(catalog.product(SYSTEM, id).skus().get(0).price()).isEqualByComparingTo("35.50");
    }

    @Test
    void operatorsPickProductsThatLeadThePavilionAndBadPicksAreExplainedOnTheConsole() {
        catalog.openPavilion(SYSTEM, new OpenPavilionCommand("puer", "5308", "普洱特产馆", null, "茶马古道起点。", null, null));
        FormClient staff = FormClient.signIn(http, "puer.staff", "puer-tea-2026");
        String older = FormClient.location(staff.post("/coop/products", teaForm("宁洱白茶 月光白", "98.00")));
        staff.post(older + "/publish", List.of());
        String newer = FormClient.location(staff.post("/coop/products", teaForm("宁洱红茶 滇红", "76.00")));
        staff.post(newer + "/publish", List.of());
        String olderId = older.replace("/coop/products/", "");
        FormClient ops = FormClient.signIn(http, "puer.ops", "operator-2026");

        HttpResponse<String> refused = ops.post(
                "/ops/catalog/pavilions/picks",
                List.of(
                        Map.entry("pavilionSlug", "puer"),
                        Map.entry("productId", "999999"),
                        Map.entry("position", "1")));
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("商品 999999 不存在或未上架", "id=\"pick-puer\"");
        assertThat(ops.post(
                                "/ops/catalog/pavilions/picks",
                                List.of(
                                        Map.entry("pavilionSlug", "puer"),
                                        Map.entry("productId", olderId),
                                        Map.entry("position", "1")))
                        .code())
                .isEqualTo(303);

        String pavilion = page("/pavilions/puer").body();
        assertThat(pavilion).contains("精选");
        assertThat(pavilion.indexOf("宁洱白茶 月光白")).isLessThan(pavilion.indexOf("宁洱红茶 滇红"));
        assertThat(ops.get("/ops/catalog").body()).contains("picks-puer", "宁洱白茶 月光白");
        assertThat(ops.post("/ops/catalog/pavilions/puer/picks/" + olderId + "/remove", List.of())
                        .code())
                .isEqualTo(303);
        String after = page("/pavilions/puer").body();
        assertThat(after.indexOf("宁洱红茶 滇红")).isLessThan(after.indexOf("宁洱白茶 月光白"));
    }

    private static Consumer<MultipartBody.Builder> photo(byte[] content) {
        return form -> form.addPart("image", "photo.png", MediaType.IMAGE_PNG_TYPE, content);
    }

    private static byte[] png(int width, int height) throws java.io.IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 7 + y * 13) & 0xFFFFFF);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Consumer<MultipartBody.Builder> csv(String text) {
        return csvBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Consumer<MultipartBody.Builder> csvBytes(byte[] content) {
        return form -> form.addPart("file", "products.csv", new MediaType("text/csv"), content);
    }

    private static Consumer<MultipartBody.Builder> certificate(byte[] document) {
        return form -> form.addPart("kind", "ORGANIC")
                .addPart("number", "OFDC-2026-0088")
                .addPart("issuer", "南京国环有机产品认证中心")
                .addPart("validFrom", "2026-01-01")
                .addPart("validTo", "2027-12-31")
                .addPart("document", "scan.pdf", MediaType.APPLICATION_PDF_TYPE, document);
    }

    private static List<Map.Entry<String, String>> batch(long skuId, String quantity, String inspection) {
        return List.of(
                Map.entry("skuId", Long.toString(skuId)),
                Map.entry("quantity", quantity),
                Map.entry("harvestDate", "2026-04-02"),
                Map.entry("basePlot", "茶源村古茶园 A-07"),
                Map.entry("inputs", "有机肥：菜籽饼 2026-02-10"),
                Map.entry("inspectionAgency", "普洱市农产品检测站"),
                Map.entry("inspectionReport", "PE-2026-118"),
                Map.entry("inspectionResult", inspection),
                Map.entry("processingSteps", "萎凋 → 干燥"));
    }

    private HttpResponse<String> page(String uri) {
        return FormClient.send(http, HttpRequest.GET(uri));
    }

    private static List<Map.Entry<String, String>> teaForm(String title, String price) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("categorySlug", "tea"),
                Map.entry("titleZh", title),
                Map.entry("titleEn", ""),
                Map.entry("descriptionZh", "宁洱县茶源村古茶园春茶，手工压制。"),
                Map.entry("descriptionEn", ""),
                Map.entry("originCode", "530821"),
                Map.entry("temperature", "AMBIENT"),
                Map.entry("shelfLifeDays", "3650"),
                Map.entry("harvestMonths", "3"),
                Map.entry("harvestMonths", "4"),
                Map.entry("povertyRelief", "on")));
        fields.addAll(sku("357 克 饼", price, "357"));
        return fields;
    }

    private static List<Map.Entry<String, String>> sku(String spec, String price, String grams) {
        return List.of(
                Map.entry("skuSpecZh", spec),
                Map.entry("skuSpecEn", ""),
                Map.entry("skuUnit", "PIECE"),
                Map.entry("skuNetWeightGrams", grams),
                Map.entry("skuPrice", price));
    }

    private Actor staffActor(String login) {
        return new Actor(accountIds.get(login), Role.SHOP_STAFF);
    }

    private void shop(String slug, String name, String login) {
        Actor staff = market.aShop(slug)
                .named(name)
                .inVillage(VILLAGE)
                .selling("普洱茶")
                .contact("李先生", "13908790000")
                .staff(login, "puer-tea-2026")
                .open()
                .staff();
        accountIds.put(login, staff.accountId());
    }
}
