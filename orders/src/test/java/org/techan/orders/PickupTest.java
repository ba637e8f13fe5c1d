package org.techan.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickupTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "610581100201";
    private static final String DISTRICT = "610113000000";
    /** 21:00 in Beijing on 23 November: before the 22:00 cut-off, so collection starts on the 24th. */
    private static final Instant EVENING = Instant.parse("2026-11-23T13:00:00Z");

    private static final DeliveryAddress CONTACT = new DeliveryAddress("赵敏", "13700137000", null, null);

    @Inject
    OrdersApi orders;

    @Inject
    CatalogApi catalog;

    @Inject
    Accounts accounts;

    @Inject
    MovableClock clock;

    private Actor appleStaff;
    private long apples;
    private long milk;
    private int consumers;
    private int stores;

    @BeforeAll
    void hancheng() {
        catalog.addRegion(OPERATOR, new AddRegionCommand("610000000000", "陕西省", "Shaanxi"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("610100000000", "西安市", "Xi'an"));
        catalog.addRegion(OPERATOR, new AddRegionCommand(DISTRICT, "雁塔区", "Yanta"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("610500000000", "渭南市", "Weinan"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("610581000000", "韩城市", "Hancheng"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("610581100000", "芝川镇", null));
        catalog.addRegion(OPERATOR, new AddRegionCommand(VILLAGE, "西庄村", null));
        appleStaff = shop("hancheng-apples", "韩城苹果合作社", "93610581MA0000001");
        apples = sku(appleStaff, "韩城红富士", "39.00", 200, TemperatureClass.AMBIENT);
        milk = sku(appleStaff, "羊奶", "25.00", 200, TemperatureClass.CHILLED);
    }

    @BeforeEach
    void evening() {
        clock.set(EVENING);
    }

    @Test
    void shouldOfferOnlyDaysTheCutOffAllowsAtStoresThatCanKeepTheGoods() {
        StoreView ambient = store(10, 0);
        StoreView cold = store(10, 4);

        List<PickupSlotView> forApples = slotsAt(TemperatureClass.AMBIENT, ambient);
        assertThat(forApples)
                .extracting(PickupSlotView::day)
                .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));
        assertThat(slotsAt(TemperatureClass.CHILLED, ambient)).isEmpty();
        assertThat(slotsAt(TemperatureClass.CHILLED, cold)).first().satisfies(s -> assertThat(s.left())
                .isEqualTo(4));

        clock.set(EVENING.plusSeconds(90 * 60));

        assertThat(slotsAt(TemperatureClass.AMBIENT, ambient))
                .extracting(PickupSlotView::day)
                .containsExactly(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        Actor buyer = consumer();
        long tomorrow = forApples.get(0).id();
        assertThatThrownBy(() -> orders.checkout(buyer, pickup("late", apples, tomorrow)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("pickup.slot.closed");
        long chilledTomorrow = slotsAt(TemperatureClass.AMBIENT, ambient).get(0).id();
        assertThatThrownBy(() -> orders.checkout(buyer, pickup("milk", milk, chilledTomorrow)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("pickup.store.cannot-keep");
        assertThat(orders.orderGroups(buyer, 0, 10)).isEmpty();
    }

    @Test
    void shouldCheckOutForPickupWithANameAndNumberAndNoDeliveryCharge() {
        StoreView store = store(10, 2);
        PickupSlotView slot = slotsAt(TemperatureClass.CHILLED, store).get(0);
        Actor buyer = consumer();

        OrderGroupView group = orders.checkout(buyer, pickup("milk-1", milk, slot.id()));

        OrderView order = group.orders().get(0);
        assertThat(order.fulfilment()).isEqualTo(Fulfilment.PICKUP);
        assertThat(order.shipping()).isEqualByComparingTo("0.00");
        assertThat(group.total()).isEqualByComparingTo("25.00");
        assertThat(order.pickup().store().code()).isEqualTo(store.code());
        assertThat(order.pickup().day()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(order.pickup().code()).isNull();
        assertThat(slotsAt(TemperatureClass.CHILLED, store).get(0).left()).isEqualTo(1);
        assertThat(slotsAt(TemperatureClass.AMBIENT, store).get(0).left()).isEqualTo(9);

        orders.cancelCheckout(buyer, group.number());

        assertThat(slotsAt(TemperatureClass.CHILLED, store).get(0).left()).isEqualTo(2);
        assertThat(slotsAt(TemperatureClass.AMBIENT, store).get(0).left()).isEqualTo(10);
    }

    @Test
    void shouldNeedAFullAddressWhenAnyShopDelivers() {
        Actor pearStaff = shop("hancheng-pears", "韩城酥梨合作社", "93610581MA0000002");
        long pears = sku(pearStaff, "韩城酥梨", "30.00", 50, TemperatureClass.AMBIENT);
        StoreView store = store(10, 0);
        long slot = slotsAt(TemperatureClass.AMBIENT, store).get(0).id();
        Actor buyer = consumer();
        List<CartLine> lines = List.of(new CartLine(apples, 1), new CartLine(pears, 1));
        List<ShopFulfilment> applesAtStore = List.of(new ShopFulfilment("hancheng-apples", Fulfilment.PICKUP, slot));

        assertThatThrownBy(() ->
                        orders.checkout(buyer, new PlaceOrderCommand("mixed", lines, CONTACT, applesAtStore, null)))
                .isInstanceOf(RuleViolationException.class);

        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "mixed",
                        lines,
                        new DeliveryAddress("赵敏", "13700137000", DISTRICT, "小寨东路 1 号"),
                        applesAtStore,
                        null));

        assertThat(group.orders())
                .extracting(OrderView::fulfilment)
                .containsExactly(Fulfilment.PICKUP, Fulfilment.DELIVERY);
        assertThat(group.orders().get(0).shipping()).isEqualByComparingTo("0.00");
        assertThat(group.orders().get(1).shipping()).isEqualByComparingTo("10.00");
        assertThatThrownBy(() -> orders.checkout(
                        buyer,
                        new PlaceOrderCommand(
                                "twice",
                                lines,
                                CONTACT,
                                List.of(
                                        new ShopFulfilment("hancheng-apples", Fulfilment.PICKUP, slot),
                                        new ShopFulfilment("hancheng-apples", Fulfilment.DELIVERY, null)),
                                null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void shouldNeverBookASlotBeyondItsCapacity() throws Exception {
        StoreView store = store(3, 0);
        long slot = slotsAt(TemperatureClass.AMBIENT, store).get(0).id();
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            buyers.add(consumer());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Boolean>> checkouts = new ArrayList<>();
        for (Actor buyer : buyers) {
            checkouts.add(() -> {
                try {
                    orders.checkout(buyer, pickup("rush", apples, slot));
                    return true;
                } catch (ConflictException full) {
                    return false;
                }
            });
        }
        int booked = 0;
        for (Future<Boolean> outcome : pool.invokeAll(checkouts)) {
            booked += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(booked).isEqualTo(3);
        assertThat(slotsAt(TemperatureClass.AMBIENT, store))
                .extracting(PickupSlotView::id)
                .doesNotContain(slot);
    }

    @Test
    void shouldLetOnlyOperatorsOpenStoresAndRefuseBadOnes() {
        assertThatThrownBy(() -> orders.openStore(appleStaff, command("nope-1", 10, 0, "34.2", "108.9")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> orders.openStore(OPERATOR, command("nowhere-1", 10, 0, "0", "0")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.openStore(OPERATOR, command("cold-1", 10, 20, "34.2", "108.9")))
                .isInstanceOf(RuleViolationException.class);
        StoreView store = store(5, 0);
        assertThatThrownBy(() -> orders.openStore(OPERATOR, command(store.code(), 10, 0, "34.2", "108.9")))
                .isInstanceOf(ConflictException.class);
        assertThat(orders.addStoreClerk(
                                OPERATOR,
                                store.code(),
                                new RegisterAccountCommand(store.code() + ".clerk", "clerk-2026-pw", "店员", null))
                        .role())
                .isEqualTo(Role.STORE_CLERK);
    }

    private PlaceOrderCommand pickup(String key, long sku, long slot) {
        return new PlaceOrderCommand(
                key,
                List.of(new CartLine(sku, 1)),
                CONTACT,
                List.of(new ShopFulfilment("hancheng-apples", Fulfilment.PICKUP, slot)),
                null);
    }

    private List<PickupSlotView> slotsAt(TemperatureClass temperature, StoreView store) {
        return orders.pickupSlots(temperature).stream()
                .filter(s -> s.store().code().equals(store.code()))
                .toList();
    }

    private StoreView store(int daily, int chilled) {
        stores++;
        return orders.openStore(OPERATOR, command("yanta-" + stores, daily, chilled, "34.223", "108.948"));
    }

    private static OpenStoreCommand command(String code, int daily, int chilled, String lat, String lon) {
        return new OpenStoreCommand(
                code,
                StoreKind.CONVENIENCE_STORE,
                "雁塔便利店 " + code,
                null,
                DISTRICT,
                "小寨东路 " + code.length() + " 号",
                new BigDecimal(lat),
                new BigDecimal(lon),
                LocalTime.of(8, 0),
                LocalTime.of(22, 30),
                LocalTime.of(22, 0),
                daily,
                chilled,
                0,
                3);
    }

    private Actor consumer() {
        consumers++;
        return accounts.register(new RegisterAccountCommand(
                        "1350000" + String.format("%04d", consumers), "buyer-2026-pw", "买家" + consumers, Role.CONSUMER))
                .actor();
    }

    private Actor shop(String slug, String name, String first17) {
        catalog.applyForShop(new ApplyForShopCommand(
                slug,
                ShopKind.COOPERATIVE,
                name,
                null,
                VILLAGE,
                "苹果",
                "孙丽",
                "13909130000",
                first17 + BusinessLicenceNumber.checkCharacter(first17),
                null));
        catalog.changeShopStatus(OPERATOR, slug, ShopStatus.APPROVED);
        return catalog.addShopStaff(
                        OPERATOR, slug, new RegisterAccountCommand(slug + ".staff", "shop-2026-pw", "孙丽", null))
                .actor();
    }

    private long sku(Actor staff, String title, String price, int stock, TemperatureClass temperature) {
        long product = catalog.createProduct(
                        staff,
                        new SaveProductCommand(
                                "fresh-fruit",
                                title,
                                null,
                                title + "，产地直发。",
                                null,
                                VILLAGE,
                                temperature,
                                temperature == TemperatureClass.CHILLED ? 7 : 60,
                                List.of(10, 11),
                                false,
                                List.of(new SkuCommand("1 份", null, SaleUnit.BOX, 2500, new BigDecimal(price)))))
                .id();
        long skuId = catalog.product(staff, product).skus().get(0).id();
        catalog.receiveBatch(
                staff,
                new ReceiveBatchCommand(
                        skuId,
                        stock,
                        LocalDate.of(2026, 10, 20),
                        "西庄村果园",
                        null,
                        null,
                        null,
                        InspectionResult.NOT_INSPECTED,
                        null));
        catalog.publishProduct(staff, product);
        return skuId;
    }
}
