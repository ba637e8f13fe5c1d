package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/** Honey batches from Shishan (石山), Haikou; region codes 46… are used by no other catalog test. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchesTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "460105100201";
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @BeforeAll
    void hainan() {
        market.regions(VILLAGE, "海南省/Hainan", "海口市/Haikou", "秀英区/Xiuying", "石山镇/Shishan", "火山村");
    }

    @Test
    void shouldAddAReceivedBatchToStockAndTraceItByItsCode() {
        Actor staff = staffOfNewShop("shishan-honey");
        ProductView product = catalog.createProduct(staff, honey());
        long skuId = product.skus().get(0).id();

        BatchView batch = catalog.receiveBatch(staff, batch(skuId, 120, InspectionResult.PASSED));

        assertThat(batch.traceCode()).matches("[2-9A-HJKMNP-Z]{12}");
        assertThat(catalog.product(staff, product.id()).skus().get(0).available())
                .isEqualTo(120);
        assertThat(catalog.product(staff, product.id()).batches())
                .extracting(BatchView::traceCode)
                .containsExactly(batch.traceCode());
        TraceView trace = catalog.trace(batch.traceCode().toLowerCase());
        assertThat(trace.batch().basePlot()).isEqualTo("火山岩蜂场 3 号");
        assertThat(trace.productTitleZh()).isEqualTo("火山荔枝蜜");
        assertThat(trace.shopLocation())
                .extracting(RegionView::nameZh)
                .containsExactly("海南省", "海口市", "秀英区", "石山镇", "火山村");

        catalog.receiveBatch(staff, batch(skuId, 30, InspectionResult.NOT_INSPECTED));
        assertThat(catalog.product(staff, product.id()).skus().get(0).available())
                .isEqualTo(150);
    }

    @Test
    void shouldRefuseBatchesThatMustNotBeSoldAndChangeNoStock() {
        Actor staff = staffOfNewShop("shishan-strict");
        ProductView product = catalog.createProduct(staff, honey());
        long skuId = product.skus().get(0).id();

        assertRefused(staff, batch(skuId, 10, InspectionResult.FAILED), "batch.inspection.failed");
        assertRefused(staff, batch(skuId, 0, InspectionResult.PASSED), "batch.quantity.invalid");
        assertRefused(
                staff,
                new ReceiveBatchCommand(skuId, 5, LocalDate.now().plusDays(3), "蜂场", null, null, null, null, null),
                "batch.harvest-date.invalid");
        assertRefused(
                staff,
                new ReceiveBatchCommand(skuId, 5, LocalDate.now().minusDays(3), " ", null, null, null, null, null),
                "batch.base-plot.required");

        assertThat(catalog.product(staff, product.id()).skus().get(0).available())
                .isZero();
        assertThat(catalog.product(staff, product.id()).batches()).isEmpty();
    }

    @Test
    void shouldKeepOtherShopsFromReceivingIntoASku() {
        Actor owner = staffOfNewShop("shishan-owner");
        Actor other = staffOfNewShop("shishan-other");
        long skuId = catalog.createProduct(owner, honey()).skus().get(0).id();

        assertThatThrownBy(() -> catalog.receiveBatch(other, batch(skuId, 10, InspectionResult.PASSED)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldTakeARecalledBatchsUnitsOffSaleAndFlagTheProduct() {
        Actor staff = staffOfNewShop("shishan-recall");
        ProductView product = catalog.createProduct(staff, honey());
        long skuId = product.skus().get(0).id();
        BatchView bad = catalog.receiveBatch(staff, batch(skuId, 40, InspectionResult.PASSED));
        catalog.receiveBatch(staff, batch(skuId, 25, InspectionResult.PASSED));

        assertThatThrownBy(() -> catalog.recallBatch(staff, bad.traceCode(), "抽检不合格"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> catalog.recallBatch(OPERATOR, bad.traceCode(), " "))
                .isInstanceOf(RuleViolationException.class);
        BatchView recalled = catalog.recallBatch(OPERATOR, bad.traceCode(), "市场监管抽检：蔗糖超标");

        assertThat(recalled.recalled()).isTrue();
        ProductView now = catalog.product(staff, product.id());
        assertThat(now.skus().get(0).available()).isEqualTo(25);
        assertThat(now.hasRecalledBatch()).isTrue();
        assertThat(catalog.trace(bad.traceCode()).batch().recallReason()).isEqualTo("市场监管抽检：蔗糖超标");
        assertThatThrownBy(() -> catalog.recallBatch(OPERATOR, bad.traceCode(), "再次召回"))
                .isInstanceOf(ConflictException.class);
        assertThat(catalog.product(staff, product.id()).skus().get(0).available())
                .isEqualTo(25);
    }

    @Test
    void shouldNotFindMalformedOrUnknownCodes() {
        assertThatThrownBy(() -> catalog.trace("' OR 1=1 --")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.trace("ABCDEFGHJK23")).isInstanceOf(NotFoundException.class);
    }

    private void assertRefused(Actor staff, ReceiveBatchCommand command, String messageKey) {
        assertThatThrownBy(() -> catalog.receiveBatch(staff, command))
                .isInstanceOf(RuleViolationException.class)
                .extracting("messageKey")
                .isEqualTo(messageKey);
    }

    private static ReceiveBatchCommand batch(long skuId, int quantity, InspectionResult inspection) {
        return new ReceiveBatchCommand(
                skuId,
                quantity,
                LocalDate.now().minusDays(10),
                "火山岩蜂场 3 号",
                "不使用抗生素；蜂箱消毒：2026-03-01 高温",
                "海口市农产品质量检测中心",
                "HK-2026-0412",
                inspection,
                "摇蜜 → 过滤 → 低温灌装");
    }

    private static SaveProductCommand honey() {
        return new SaveProductCommand(
                "honey",
                "火山荔枝蜜",
                "Volcanic lychee honey",
                "石山火山岩地区荔枝花期采收的成熟蜜。",
                null,
                VILLAGE,
                TemperatureClass.AMBIENT,
                720,
                List.of(4, 5),
                false,
                List.of(new SkuCommand("500 克瓶装", null, SaleUnit.BOTTLE, 500, new BigDecimal("68.00"))));
    }

    private Actor staffOfNewShop(String slug) {
        int serial = SERIAL.incrementAndGet();
        return market.aShop(slug)
                .kind(ShopKind.FAMILY_FARM)
                .named("石山蜂农家庭农场" + serial)
                .inVillage(VILLAGE)
                .selling("蜂蜜")
                .contact("王女士", "13907980000")
                .staff(slug + ".staff", "honey-2026-pw")
                .open()
                .staff();
    }
}
