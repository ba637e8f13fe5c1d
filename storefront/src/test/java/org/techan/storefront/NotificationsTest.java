package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.NoticeKind;
import org.techan.orders.NoticeView;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/**
 * Buyers are told when a checkout is paid, shipped and refunded, and business buyers of their
 * organisation's purchase requests: in the app, and by e-mail through a real SMTP server
 * (GreenMail, in this JVM) when their login is an e-mail address.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsTest implements TestPropertyProvider {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "520527100201";
    private static final String CARD = "4242424242424242";

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Inject
    CardPayments cards;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    OrdersApi orders;

    @Inject
    Accounts accounts;

    private Actor staff;
    private long tea;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of(
                "techan.mail.smtp.host", "127.0.0.1",
                "techan.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                "techan.mail.interval", "200ms",
                "techan.site-url", "https://techan.example.cn");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeAll
    void meitan() {
        market.regions(VILLAGE, "贵州省/Guizhou", "毕节市/Bijie", "赫章县/Hezhang", "城关镇", "核桃村");
        TestMarketplace.Shop walnutShop = market.aShop("hezhang-walnut")
                .named("赫章核桃合作社")
                .inVillage(VILLAGE)
                .selling("核桃")
                .contact("龙敏", "13908570000")
                .staff("hezhang.staff", "walnut-2026-pw")
                .open();
        staff = walnutShop.staff();
        tea = market.aProduct(walnutShop, "赫章核桃")
                .inCategory("dried-preserved-fruit")
                .titledInEnglish("Hezhang walnuts")
                .describedAs("高原核桃。")
                .kept(TemperatureClass.AMBIENT, 300)
                .harvestedIn(9)
                .sku(new SkuCommand("1 公斤", null, SaleUnit.BAG, 1000, new BigDecimal("60.00")))
                .withBatch(
                        50,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(10),
                        "核桃村后山")
                .create()
                .skuId();
    }

    @Test
    void shouldTellTheBuyerInTheAppAndByEmailOncePerEvent()
            throws InterruptedException, jakarta.mail.MessagingException {
        Actor buyer = accounts.register(
                        new RegisterAccountCommand("long.mei@example.cn", "walnut-2026-pw", "龙梅", Role.CONSUMER))
                .actor();
        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "walnuts-1",
                        List.of(new CartLine(tea, 2)),
                        new DeliveryAddress("龙梅", "13908571234", "520527000000", "城关镇文化路 3 号")));
        String order = group.orders().get(0).number();
        cards.pay(buyer, group.number(), CARD);
        orders.shipOrder(staff, order, "中国邮政", "EMS1234567890");
        orders.refund(staff, order, new BigDecimal("20.00"), "一袋受潮");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo("long.mei@example.cn").size() >= 3);
        MimeMessage[] mails = mailsTo("long.mei@example.cn").toArray(MimeMessage[]::new);
        assertThat(mails).hasSize(3);
        assertThat(Arrays.stream(mails).map(m -> subject(m)).toList())
                .containsExactlyInAnyOrder(
                        "【特产】订单 " + group.number() + " 已付款 / Techan: checkout " + group.number() + " paid",
                        "【特产】订单 " + order + " 已发货 / Techan: order " + order + " shipped",
                        "【特产】订单 " + order + " 已退款 / Techan: order " + order + " refunded");
        String shipped = Arrays.stream(mails)
                .filter(m -> subject(m).contains("已发货"))
                .map(NotificationsTest::text)
                .findFirst()
                .orElseThrow();
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("long.mei@example.cn");
        assertThat(shipped).contains("中国邮政", "EMS1234567890", "https://techan.example.cn/orders/" + group.number());

        assertThat(orders.notices(buyer, 10))
                .extracting(NoticeView::kind)
                .containsExactly(NoticeKind.REFUNDED, NoticeKind.SHIPPED, NoticeKind.PAID);
        FormClient browser = FormClient.signIn(http, "long.mei@example.cn", "walnut-2026-pw");
        String inbox = browser.get("/notices").body();
        assertThat(inbox).contains("消息（3）", "已交 中国邮政 发货，运单号 EMS1234567890", "已退款 ¥20.00", "已付款 ¥120.00");
        browser.post("/notices/read", List.of());
        assertThat(browser.get("/notices").body()).doesNotContain("消息（3）");
        assertThat(orders.unreadNotices(buyer)).isZero();

        Actor byPhone = accounts.register(
                        new RegisterAccountCommand("13908575678", "walnut-2026-pw", "龙强", Role.CONSUMER))
                .actor();
        OrderGroupView second = orders.checkout(
                byPhone,
                new PlaceOrderCommand(
                        "walnuts-2",
                        List.of(new CartLine(tea, 1)),
                        new DeliveryAddress("龙强", "13908575678", "520527000000", "城关镇文化路 5 号")));
        cards.pay(byPhone, second.number(), CARD);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !(orders.notices(byPhone, 10).isEmpty()));
        assertThat(orders.notices(byPhone, 10)).singleElement().satisfies(n -> assertThat(n.kind())
                .isEqualTo(NoticeKind.PAID));
        // No fourth mail follows, and none to a login that is a phone number: the count holds for a second.
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo("long.mei@example.cn").size() == 3
                        && Arrays.stream(smtp.getReceivedMessages())
                                .noneMatch(m -> recipient(m).contains("13908575678")));
    }

    @Test
    void aBusinessBuyerIsToldOfAPurchaseRequestInTheInboxAndByEmailLeadingToItsPage() {
        Actor approver = accounts.register(new RegisterAccountCommand(
                        "cai.gou@example.cn", "canteen-2026-pw", "食堂审批人", Role.WHOLESALE_BUYER))
                .actor();
        String page = "/wholesale/orders#requisition-4711";
        List<String> details = List.of("PO-2026-118", "王采购", "1500.00");

        orders.tellMember(approver.accountId(), NoticeKind.REQUISITION_WAITING, details, page, "requisition-4711-to-a");
        orders.tellMember(approver.accountId(), NoticeKind.REQUISITION_WAITING, details, page, "requisition-4711-to-a");

        assertThatThrownBy(() -> orders.tellMember(
                        approver.accountId(), NoticeKind.PAID, details, page, "requisition-4711-paid"))
                .as("orders tells of checkouts itself")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orders.tellMember(
                        approver.accountId(),
                        NoticeKind.REQUISITION_APPROVED,
                        details,
                        "//evil.example.com/x",
                        "requisition-4711-elsewhere"))
                .as("a notice leads only to a page of this site")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(orders.notices(approver, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.REQUISITION_WAITING);
            assertThat(n.groupNumber()).isNull();
            assertThat(n.path()).isEqualTo(page);
            assertThat(n.details()).isEqualTo(details);
        });

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !mailsTo("cai.gou@example.cn").isEmpty());
        MimeMessage mail = mailsTo("cai.gou@example.cn").get(0);
        assertThat(subject(mail))
                .isEqualTo("【特产】采购申请 PO-2026-118 等待您审批 / Techan: purchase request PO-2026-118 waits for your"
                        + " approval");
        assertThat(text(mail))
                .contains(
                        "王采购 申请采购 ¥1500.00 的货品（采购单号 PO-2026-118）",
                        "王采购 asks to buy ¥1500.00 of goods under purchase order PO-2026-118",
                        "https://techan.example.cn" + page);

        FormClient browser = FormClient.signIn(http, "cai.gou@example.cn", "canteen-2026-pw");
        String inbox = browser.get("/notices").body();
        assertThat(inbox).contains("消息（1）", "王采购 的采购申请 PO-2026-118（¥1500.00）等待您审批。", "href=\"" + page + "\"");
        await().during(Duration.ofMillis(600))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo("cai.gou@example.cn").size() == 1);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(address))
                .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
