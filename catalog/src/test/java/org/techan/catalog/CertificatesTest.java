package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MediaStore;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

/** 三品一标 for Ningxia goji (宁夏枸杞); region codes 64… are used by no other catalog test. */
@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@Property(name = "techan.certificates.per-shop-per-day", value = "3")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificatesTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "640381100201";
    private static final AtomicInteger SERIAL = new AtomicInteger(300);

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    MediaStore media;

    @Inject
    MovableClock clock;

    private final byte[] scan = "%PDF-1.4 绿色食品证书扫描件".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    void zhongning() {
        market.regions(VILLAGE, "宁夏回族自治区/Ningxia", "吴忠市/Wuzhong", "青铜峡市/Qingtongxia", "小坝镇", "枸杞村");
    }

    @Test
    void shouldShowABadgeOnlyOnceVerifiedAndOnlyUntilItExpires() {
        Actor staff = staffOfNewShop("goji-green");
        ProductView product = catalog.publishProduct(
                staff, catalog.createProduct(staff, goji()).id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        CertificateView submitted =
                catalog.submitCertificate(staff, certificate(product.id(), "LB-2026-001", today.plusDays(2)), scan);

        assertThat(submitted.badge()).isFalse();
        assertThat(catalog.publishedProduct(product.id()).certificates())
                .as("shoppers see no unverified claims")
                .isEmpty();
        assertThat(catalog.certificatesAwaitingReview(OPERATOR, 0, 100).items())
                .extracting(CertificateView::id)
                .contains(submitted.id());

        catalog.reviewCertificate(OPERATOR, submitted.id(), CertificateStatus.VERIFIED, null);

        assertThat(catalog.publishedProduct(product.id()).badges())
                .extracting(CertificateView::kind)
                .containsExactly(CertificateKind.GREEN_FOOD);
        clock.advance(Duration.ofDays(3));
        assertThat(catalog.publishedProduct(product.id()).badges())
                .as("expired by itself")
                .isEmpty();
        assertThat(catalog.publishedProduct(product.id()).certificates())
                .extracting(CertificateView::badge)
                .containsExactly(false);
    }

    @Test
    void shouldNeedAReasonToRejectAndDecideOnlyOnce() {
        Actor staff = staffOfNewShop("goji-rejected");
        ProductView product = catalog.createProduct(staff, goji());
        CertificateView submitted = catalog.submitCertificate(
                staff, certificate(product.id(), "LB-2026-002", LocalDate.now().plusYears(1)), scan);

        assertThatThrownBy(() -> catalog.reviewCertificate(staff, submitted.id(), CertificateStatus.VERIFIED, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> catalog.reviewCertificate(OPERATOR, submitted.id(), CertificateStatus.REJECTED, " "))
                .isInstanceOf(RuleViolationException.class);
        CertificateView rejected =
                catalog.reviewCertificate(OPERATOR, submitted.id(), CertificateStatus.REJECTED, "证书编号与中国绿色食品发展中心记录不符");

        assertThat(rejected.status()).isEqualTo(CertificateStatus.REJECTED);
        assertThatThrownBy(() -> catalog.reviewCertificate(OPERATOR, submitted.id(), CertificateStatus.VERIFIED, null))
                .isInstanceOf(ConflictException.class);
        assertThat(catalog.product(staff, product.id()).certificates())
                .extracting(CertificateView::reviewNote)
                .containsExactly("证书编号与中国绿色食品发展中心记录不符");
    }

    @Test
    void shouldRefuseIncompleteCertificatesAndOtherShopsProducts() {
        Actor staff = staffOfNewShop("goji-strict");
        Actor other = staffOfNewShop("goji-other");
        long productId = catalog.createProduct(staff, goji()).id();
        LocalDate later = LocalDate.now().plusYears(1);

        assertRefused(
                staff,
                new SubmitCertificateCommand(productId, null, "N-1", "中心", LocalDate.now(), later),
                "certificate.kind.required");
        assertRefused(
                staff,
                new SubmitCertificateCommand(productId, CertificateKind.ORGANIC, "N-1", "中心", later, LocalDate.now()),
                "certificate.validity.invalid");
        assertRefused(
                staff,
                new SubmitCertificateCommand(
                        productId,
                        CertificateKind.ORGANIC,
                        "N-1",
                        "中心",
                        LocalDate.now().minusYears(2),
                        LocalDate.now().minusDays(1)),
                "certificate.expired");
        assertThatThrownBy(() -> catalog.submitCertificate(
                        staff,
                        new SubmitCertificateCommand(
                                productId, CertificateKind.ORGANIC, "N-1", "中心", LocalDate.now(), later),
                        new byte[0]))
                .extracting("messageKey")
                .isEqualTo("certificate.document.required");
        assertThatThrownBy(() -> catalog.submitCertificate(
                        staff,
                        new SubmitCertificateCommand(
                                productId, CertificateKind.ORGANIC, "N-1", "中心", LocalDate.now(), later),
                        "<html>not a scan</html>".getBytes(StandardCharsets.UTF_8)))
                .extracting("messageKey")
                .isEqualTo("upload.type.invalid");
        assertThatThrownBy(() -> catalog.submitCertificate(other, certificate(productId, "LB-X", later), scan))
                .isInstanceOf(NotFoundException.class);

        assertThat(catalog.product(staff, productId).certificates()).isEmpty();
        CertificateView mine = catalog.submitCertificate(staff, certificate(productId, "LB-2026-003", later), scan);
        assertThatThrownBy(() -> catalog.certificateDocument(other, mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(new String(catalog.certificateDocument(staff, mine.id()).content(), StandardCharsets.UTF_8))
                .startsWith("%PDF");
    }

    /**
     * A submission that may not be made leaves nothing in the media store: not from a shop that
     * has only applied, nor beyond the shop's certificates for the day (three in this class).
     */
    @Test
    void shouldStoreNothingForAnApplicantOrBeyondTheDaysLimit() {
        Actor applicant = market.aShop("goji-applicant")
                .named("枸杞合作社（申请中）")
                .inVillage(VILLAGE)
                .selling("枸杞")
                .contact("马女士", "13909531111")
                .staff("goji-applicant.staff", "goji-2026-pw")
                .pending()
                .open()
                .staff();
        long pendingProduct = catalog.createProduct(applicant, goji()).id();
        byte[] applicantScan = "%PDF-1.4 申请中的店铺".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> catalog.submitCertificate(
                        applicant,
                        certificate(
                                pendingProduct, "LB-PENDING", LocalDate.now().plusYears(1)),
                        applicantScan))
                .extracting("messageKey")
                .isEqualTo("upload.shop-not-approved");
        assertThat(media.read(keyOf(applicantScan, "pdf"))).isEmpty();

        Actor busy = staffOfNewShop("goji-busy");
        long productId = catalog.createProduct(busy, goji()).id();
        for (int i = 1; i <= 3; i++) {
            catalog.submitCertificate(
                    busy,
                    certificate(productId, "LB-DAY-" + i, LocalDate.now().plusYears(1)),
                    ("%PDF-1.4 第 " + i + " 份").getBytes(StandardCharsets.UTF_8));
        }
        byte[] fourth = "%PDF-1.4 第 4 份".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> catalog.submitCertificate(
                        busy, certificate(productId, "LB-DAY-4", LocalDate.now().plusYears(1)), fourth))
                .extracting("messageKey")
                .isEqualTo("certificate.too-many-today");
        assertThat(media.read(keyOf(fourth, "pdf"))).isEmpty();
        assertThat(catalog.certificatesAwaitingReview(OPERATOR, 0, 100).items())
                .filteredOn(c -> c.number().startsWith("LB-DAY-"))
                .hasSize(3);
    }

    /** The media store names content by its SHA-256. */
    private static String keyOf(byte[] content, String extension) {
        try {
            return java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(content))
                    + "." + extension;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(Actor staff, SubmitCertificateCommand command, String messageKey) {
        assertThatThrownBy(() -> catalog.submitCertificate(staff, command, scan))
                .isInstanceOf(RuleViolationException.class)
                .extracting("messageKey")
                .isEqualTo(messageKey);
    }

    private SubmitCertificateCommand certificate(long productId, String number, LocalDate validTo) {
        return new SubmitCertificateCommand(
                productId,
                CertificateKind.GREEN_FOOD,
                number,
                "中国绿色食品发展中心",
                LocalDate.now().minusYears(1),
                validTo);
    }

    private static SaveProductCommand goji() {
        return new SaveProductCommand(
                "dried-preserved-fruit",
                "中宁枸杞 头茬果",
                null,
                "青铜峡枸杞村夏果，自然晾晒。",
                null,
                VILLAGE,
                TemperatureClass.AMBIENT,
                365,
                List.of(6, 7),
                true,
                List.of(new SkuCommand("250 克袋装", null, SaleUnit.BAG, 250, new BigDecimal("36.00"))));
    }

    private Actor staffOfNewShop(String slug) {
        int serial = SERIAL.incrementAndGet();
        return market.aShop(slug)
                .named("枸杞合作社" + serial)
                .inVillage(VILLAGE)
                .selling("枸杞")
                .contact("马先生", "13909530000")
                .staff(slug + ".staff", "goji-2026-pw")
                .open()
                .staff();
    }
}
