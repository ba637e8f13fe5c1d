package org.techan.storefront;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.ProductStatus;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.OrderState;
import org.techan.orders.ShippingKind;
import org.techan.orders.StoreKind;
import org.techan.search.RebuildState;
import org.techan.search.SearchSort;

class MessageKeysTest {

    private static final List<String> LANGUAGES = List.of("zh_CN", "en");

    /** Every prefix the code computes keys from, with every value it can take there. */
    private static final Map<String, Collection<String>> COMPUTED = Map.ofEntries(
            // The region picker's levels (RegionChoices.FIELDS).
            entry("address.region.", List.of("province", "city", "county", "township")),
            entry("after-sale.kind.", names(org.techan.orders.AfterSaleKind.values())),
            entry("after-sale.reason.", names(org.techan.orders.AfterSaleReason.values())),
            entry("after-sale.state.", names(org.techan.orders.AfterSaleState.values())),
            entry("certificate.kind.", names(CertificateKind.values())),
            entry("certificate.status.", names(CertificateStatus.values())),
            entry("inspection.", names(InspectionResult.values())),
            entry("festival.phase.", names(org.techan.promotions.FestivalPhase.values())),
            entry("ops.festivals.kind.", names(org.techan.promotions.DateRuleKind.values())),
            entry(
                    "ops.festivals.rule.",
                    names(org.techan.promotions.DateRuleKind.FIXED, org.techan.promotions.DateRuleKind.LUNAR)),
            entry("solar-term.", names(org.techan.promotions.SolarTerm.values())),
            entry("campaign.state.", names(org.techan.promotions.CampaignState.values())),
            entry("enrolment.state.", names(org.techan.promotions.EnrolmentState.values())),
            entry("funder.", names(org.techan.orders.Funder.values())),
            entry("campaign.kind.", names(org.techan.promotions.CampaignRuleKind.values())),
            entry("wholesale.kind.", names(org.techan.wholesale.OrganisationKind.values())),
            entry("wholesale.role.", names(org.techan.wholesale.MemberRole.values())),
            entry("wholesale.state.", names(org.techan.wholesale.OrganisationState.values())),
            entry("wholesale.pack.", names(org.techan.wholesale.PackKind.values())),
            entry("wholesale.grade.", names(org.techan.wholesale.Grade.values())),
            entry("wholesale.requisition.state.", names(org.techan.wholesale.RequisitionState.values())),
            entry("grade-change.state.", names(org.techan.wholesale.GradeChangeState.values())),
            entry("coop.freight.unit.", names(org.techan.wholesale.FreightBasis.values())),
            entry("weighing.state.", names(org.techan.wholesale.WeighingState.values())),
            // The legal pages: each document's title and its numbered paragraphs (LegalPagesController).
            entry(
                    "legal.",
                    List.of(
                            "terms.title",
                            "terms.body.1",
                            "terms.body.2",
                            "terms.body.3",
                            "terms.body.4",
                            "privacy.title",
                            "privacy.body.1",
                            "privacy.body.2",
                            "privacy.body.3")),
            entry(
                    "month.",
                    IntStream.rangeClosed(1, 12).mapToObj(Integer::toString).toList()),
            // A batch's shipments list only the reservations holding or sold its units.
            entry("ops.batch.state.", names(ReservationStatus.HELD, ReservationStatus.COMMITTED)),
            entry("ops.search.state.", names(RebuildState.values())),
            entry("ops.shop.to.", names(ShopStatus.values())),
            entry("order.state.", names(OrderState.values())),
            // The payment provider's decline and error codes the payment page explains (order.html).
            entry(
                    "payment.declined.",
                    List.of(
                            "generic_decline",
                            "insufficient_funds",
                            "incomplete_number",
                            "test_mode_live_card",
                            "api_connection_error",
                            "other")),
            entry("product.status.", names(ProductStatus.values())),
            // The search module's price bands (ProductSearch.PRICE_BANDS).
            entry("search.price.", List.of("0-50", "50-100", "100-200", "200-")),
            entry("search.sort.", names(SearchSort.values())),
            entry("shipping.kind.", names(ShippingKind.values())),
            entry("shop.kind.", names(ShopKind.values())),
            entry("shop.status.", names(ShopStatus.values())),
            entry("store.kind.", names(StoreKind.values())),
            entry("temperature.", names(TemperatureClass.values())),
            entry("unit.", names(SaleUnit.values())));

    /** Key-shaped strings in the code that are not messages: settings, logins, file names, provider names. */
    private static final Set<String> NOT_MESSAGES = Set.of(
            "datasources.",
            "micronaut.",
            "elasticsearch.",
            "mail.smtp.",
            "techan.",
            "spec.",
            "stripe.",
            "i18n.",
            "org.techan.",
            "refund.created", // a Stripe event type
            "synonyms.txt",
            "yongtai-post.clerk", // the demo store clerk's login
            "document.", // a download's file name
            "benchmark."); // the search benchmark's staff login

    @Test
    void everyKeyTheCodeUsesIsAMessageInBothLanguages() throws IOException {
        MavenModules maven = MavenModules.of(MavenModules.root());
        List<Path> sources = maven.directories().entrySet().stream()
                .filter(module -> !ModuleMap.INFRASTRUCTURE.containsKey(module.getKey()))
                .map(module -> module.getValue().resolve("src/main/java"))
                .toList();

        MessageKeysCheck check = new MessageKeysCheck(
                sources,
                Path.of("src/main/resources/views"),
                Path.of("src/main/resources/i18n"),
                LANGUAGES,
                COMPUTED,
                NOT_MESSAGES);

        assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
        assertThat(check.violations()).isEmpty();
    }

    @Test
    void theCheckCatchesMissingKeysInJavaAndUndeclaredOrIncompleteComputedKeys() throws IOException {
        Path fixture = Path.of("src/test/resources/message-keys-violations");
        MessageKeysCheck check = new MessageKeysCheck(
                List.of(fixture.resolve("java")),
                fixture.resolve("views"),
                fixture.resolve("i18n"),
                LANGUAGES,
                Map.of("fruit.", List.of("APPLE", "PEAR")),
                Set.of("techan."));

        assertThat(check.violations())
                .containsExactly(
                        "Refusals.java: key 'order.too-late' is missing in en",
                        "Refusals.java: key 'synthetic.count.invalid' is missing in en",
                        "Refusals.java: key 'synthetic.count.invalid' is missing in zh_CN",
                        "computed key 'colour.…': declare the values it can take",
                        "computed key 'vegetable.…': declare the values it can take",
                        "computed: key 'fruit.PEAR' is missing in en",
                        "computed: key 'fruit.PEAR' is missing in zh_CN");
    }

    private static List<String> names(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
