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
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
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
    TestMarketplace market;

    @Inject
    Accounts accounts;

    @Inject
    MovableClock clock;

    private TestMarketplace.Shop appleShop;
    private Actor appleStaff;
    private long apples;
    private long milk;
    private int stores;

    @BeforeAll
    void hancheng() {
        market.regions(DISTRICT, "陕西省/Shaanxi", "西安市/Xi'an", "雁塔区/Yanta");
        market.regions(VILLAGE, "陕西省/Shaanxi", "渭南市/Weinan", "韩城市/Hancheng", "芝川镇", "西庄村");
        appleShop = market.aShop("hancheng-apples")
                .named("韩城苹果合作社")
                .inVillage(VILLAGE)
                .open();
        appleStaff = appleShop.staff();
        apples = sku(appleShop, "韩城红富士", "39.00", 200, TemperatureClass.AMBIENT);
        milk = sku(appleShop, "羊奶", "25.00", 200, TemperatureClass.CHILLED);
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
        Actor buyer = market.aConsumer();
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
        Actor buyer = market.aConsumer();

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
        TestMarketplace.Shop pearShop = market.aShop("hancheng-pears")
                .named("韩城酥梨合作社")
                .inVillage(VILLAGE)
                .open();
        long pears = sku(pearShop, "韩城酥梨", "30.00", 50, TemperatureClass.AMBIENT);
        StoreView store = store(10, 0);
        long slot = slotsAt(TemperatureClass.AMBIENT, store).get(0).id();
        Actor buyer = market.aConsumer();
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
            buyers.add(market.aConsumer());
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
        assertThatThrownBy(() -> orders.openStore(OPERATOR, command("half-1", 10, 0, "34.2", null)))
                .as("one coordinate without the other")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("store.location.invalid");
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

    /** An operator without a map leaves the coordinates out: the store stands at Xi'an's seat. */
    @Test
    void shouldPlaceAStoreWithoutCoordinatesAtItsDivisionsSeat() {
        StoreView placed = orders.openStore(OPERATOR, command("seat-1", 10, 0, null, null));

        assertThat(placed.latitude().doubleValue()).isBetween(34.2, 34.3);
        assertThat(placed.longitude().doubleValue()).isBetween(108.9, 109.0);
    }

    @Test
    void shouldOfferStoresNearTheBuyerAndFreshGoodsOnlyInTheProvinceTheyComeFrom() {
        market.regions("610102000000", "陕西省/Shaanxi", "西安市/Xi'an", "新城区/Xincheng");
        market.regions("310115000000", "上海市/Shanghai", "上海市辖区/Shanghai", "浦东新区/Pudong");
        StoreView yanta = store(10, 4);
        StoreView xincheng = storeIn("610102000000");
        StoreView hancheng = storeIn("610581000000");
        StoreView pudong = storeIn("310115000000");

        assertThat(codes(orders.pickupSlots(TemperatureClass.AMBIENT, RegionCode.parse("610102"), List.of())))
                .as("Xi'an's stores only, the buyer's county first")
                .startsWith(xincheng.code())
                .contains(yanta.code())
                .doesNotContain(hancheng.code(), pudong.code());
        assertThat(codes(orders.pickupSlots(TemperatureClass.AMBIENT, RegionCode.parse(VILLAGE), List.of())))
                .contains(hancheng.code())
                .doesNotContain(yanta.code(), xincheng.code(), pudong.code());
        assertThat(codes(orders.pickupSlots(TemperatureClass.AMBIENT, RegionCode.parse("310115"), List.of())))
                .contains(pudong.code())
                .doesNotContain(yanta.code(), hancheng.code());
        assertThat(codes(orders.pickupSlots(TemperatureClass.CHILLED, RegionCode.parse("310115"), List.of("61"))))
                .as("Shaanxi's fresh milk is not collected in Shanghai")
                .isEmpty();
        assertThat(codes(orders.pickupSlots(TemperatureClass.CHILLED, null, List.of("61"))))
                .contains(yanta.code(), hancheng.code())
                .doesNotContain(pudong.code());

        Actor buyer = market.aConsumer();
        long inShanghai = slotsAt(TemperatureClass.CHILLED, pudong).get(0).id();
        assertThatThrownBy(() -> orders.checkout(buyer, pickup("milk-far", milk, inShanghai)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("pickup.fresh.too-far");
        assertThat(slotsAt(TemperatureClass.CHILLED, pudong).get(0).left())
                .as("nothing booked")
                .isEqualTo(4);
        assertThat(orders.checkout(buyer, pickup("apples-far", apples, inShanghai))
                        .orders()
                        .get(0)
                        .pickup()
                        .store()
                        .code())
                .as("apples keep two months: they may travel")
                .isEqualTo(pudong.code());
    }

    private static List<String> codes(List<PickupSlotView> slots) {
        return slots.stream().map(s -> s.store().code()).distinct().toList();
    }

    private StoreView storeIn(String region) {
        stores++;
        OpenStoreCommand near = command("store-" + stores, 10, 4, "34.223", "108.948");
        return orders.openStore(
                OPERATOR,
                new OpenStoreCommand(
                        near.code(),
                        near.kind(),
                        near.nameZh(),
                        near.nameEn(),
                        region,
                        near.street(),
                        near.latitude(),
                        near.longitude(),
                        near.opens(),
                        near.closes(),
                        near.cutOff(),
                        near.dailyCapacity(),
                        near.chilledCapacity(),
                        near.frozenCapacity(),
                        near.holdDays()));
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
                lat == null ? null : new BigDecimal(lat),
                lon == null ? null : new BigDecimal(lon),
                LocalTime.of(8, 0),
                LocalTime.of(22, 30),
                LocalTime.of(22, 0),
                daily,
                chilled,
                0,
                3);
    }

    /** A published fresh product in a 2.5 kg box, chilled goods with a week's shelf life. */
    private long sku(TestMarketplace.Shop shop, String title, String price, int stock, TemperatureClass temperature) {
        return market.aProduct(shop, title)
                .inCategory("fresh-fruit")
                .kept(temperature, temperature == TemperatureClass.CHILLED ? 7 : 60)
                .harvestedIn(10, 11)
                .sku(new SkuCommand("1 份", null, SaleUnit.BOX, 2500, null))
                .priced(price)
                // Three days before EVENING, the moment these tests run at.
                .withBatch(stock, LocalDate.of(2026, 11, 20))
                .create()
                .skuId();
    }
}
