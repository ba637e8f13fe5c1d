package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductView;
import org.techan.catalog.SkuView;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.wholesale.Grade;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OfferView;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.WholesaleApi;

/** A shop's wholesale offers: which SKUs it sells in bulk, by what pack, from how many, at what tiers. */
@Hidden
@Controller("/coop/wholesale")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoopWholesaleController {

    private static final URI BACK = URI.create("/coop/wholesale");

    /** The SKUs a clerk picks from: a shop's first hundred products cover the co-ops we serve. */
    private static final int PRODUCTS_LISTED = 100;

    private final WholesaleApi wholesale;
    private final CatalogApi catalog;
    private final FailureText failures;
    private final RegionChoices regions;
    private final org.techan.orders.OrdersApi orders;

    CoopWholesaleController(
            WholesaleApi wholesale,
            CatalogApi catalog,
            FailureText failures,
            RegionChoices regions,
            org.techan.orders.OrdersApi orders) {
        this.orders = orders;
        this.wholesale = wholesale;
        this.catalog = catalog;
        this.failures = failures;
        this.regions = regions;
    }

    /** The shop's producing base: what wholesale buyers see of where and how much it grows. */
    @Post(uri = "/base", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveBase(HttpRequest<?> request, Actor staff, @Body BaseForm form) {
        try {
            wholesale.saveProducingBase(staff, form.command());
            return HttpResponse.seeOther(URI.create("/coop/wholesale#base"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/wholesale",
                            page(staff, failures.of(request, refused), OfferForm.BLANK, PriceListForm.BLANK, form)));
        }
    }

    /** A producing base as a clerk types it: the division picked level by level, months ticked. */
    @Serdeable
    record BaseForm(
            @Nullable String name,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String regionCode,
            @Nullable String address,
            @Nullable String capacity,
            @Nullable List<String> month) {

        static BaseForm of(org.techan.wholesale.ProducingBaseView base) {
            return new BaseForm(
                    base.name(),
                    null,
                    null,
                    null,
                    null,
                    base.regionCode(),
                    base.address(),
                    base.capacityTonnes().toPlainString(),
                    base.harvestMonths().stream().map(String::valueOf).toList());
        }

        static final BaseForm BLANK = new BaseForm(null, null, null, null, null, null, null, null, List.of());

        String region() {
            return RegionChoices.chosen(regionCode, province, city, county, township);
        }

        org.techan.wholesale.ProducingBaseCommand command() {
            List<Integer> months = new ArrayList<>();
            if (month != null) {
                for (String ticked : month) {
                    months.add(FormValues.integer(ticked));
                }
            }
            return new org.techan.wholesale.ProducingBaseCommand(
                    name, region(), address, FormValues.decimal(capacity), months);
        }
    }

    @View("coop/wholesale")
    @Get(produces = MediaType.TEXT_HTML)
    OffersPage offers(Actor staff) {
        return page(staff, null, OfferForm.BLANK, PriceListForm.BLANK);
    }

    /** Bulk freight by weight: up to three bands and the charge above them; all empty: none. */
    @Post(uri = "/freight", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveFreight(HttpRequest<?> request, Actor staff, @Body FreightForm form) {
        try {
            wholesale.saveFreight(staff, new org.techan.wholesale.FreightRules(form.chosenBasis(), form.bands()));
            return HttpResponse.seeOther(URI.create("/coop/wholesale#freight"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/wholesale",
                            page(staff, failures.of(request, refused), OfferForm.BLANK, PriceListForm.BLANK)));
        }
    }

    /** Three bands of kilograms and a charge each, then the charge for anything heavier. */
    @Serdeable
    record FreightForm(
            @Nullable String kg1,
            @Nullable String charge1,
            @Nullable String kg2,
            @Nullable String charge2,
            @Nullable String kg3,
            @Nullable String charge3,
            @Nullable String heavier,
            @Nullable String basis) {

        org.techan.wholesale.FreightBasis chosenBasis() {
            return "VOLUME".equals(basis)
                    ? org.techan.wholesale.FreightBasis.VOLUME
                    : org.techan.wholesale.FreightBasis.WEIGHT;
        }

        List<org.techan.wholesale.FreightBand> bands() {
            List<org.techan.wholesale.FreightBand> bands = new ArrayList<>();
            band(bands, kg1, charge1);
            band(bands, kg2, charge2);
            band(bands, kg3, charge3);
            if (heavier != null && !heavier.isBlank()) {
                bands.add(new org.techan.wholesale.FreightBand(null, FormValues.decimal(heavier)));
            } else if (!bands.isEmpty()) {
                // Bands without a charge for heavier orders are refused, saying what is missing.
                bands.add(new org.techan.wholesale.FreightBand(null, null));
            }
            return bands;
        }

        private static void band(
                List<org.techan.wholesale.FreightBand> bands, @Nullable String kg, @Nullable String charge) {
            if (kg != null && !kg.isBlank()) {
                bands.add(new org.techan.wholesale.FreightBand(FormValues.integer(kg), FormValues.decimal(charge)));
            }
        }
    }

    /** 称重: the lines of a bulk order the shop weighs at packing, and what each weighed. */
    @View("coop/weighing")
    @Get(uri = "/orders/{number}/weighing", produces = MediaType.TEXT_HTML)
    WeighingPage weighing(Actor staff, @PathVariable String number) {
        return weighingPage(staff, number, null);
    }

    /** Records the weights typed (kilograms, as the scale shows them); a refusal records none. */
    @Post(
            uri = "/orders/{number}/weighing",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> weigh(HttpRequest<?> request, Actor staff, @PathVariable String number, @Body WeightsForm form) {
        try {
            wholesale.weighOrder(staff, number, form.weights());
            return HttpResponse.seeOther(URI.create("/coop/wholesale/orders/" + number + "/weighing"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/weighing", weighingPage(staff, number, failures.of(request, refused))));
        }
    }

    private WeighingPage weighingPage(Actor staff, String number, @Nullable String error) {
        List<org.techan.wholesale.GradeChangeView> graded = wholesale.shopGradeChanges(staff, number);
        java.util.Map<Long, OfferView> offered = new java.util.HashMap<>();
        wholesale.shopOffers(staff).forEach(offer -> offered.put(offer.skuId(), offer));
        List<GradableLine> gradable = new ArrayList<>();
        org.techan.orders.OrderView order = orders.shopOrder(staff, number);
        // Only a bulk order's lines are settled by grade.
        List<org.techan.orders.OrderLineView> lines = order.business() == null ? List.of() : order.lines();
        for (org.techan.orders.OrderLineView line : lines) {
            OfferView offer = offered.get(line.skuId());
            boolean declared = graded.stream().anyMatch(g -> g.skuId() == line.skuId());
            if (offer != null && offer.grade() != null && offer.grade() != Grade.SECOND && !declared) {
                gradable.add(new GradableLine(
                        line.skuId(),
                        line.titleZh() + " " + line.specZh(),
                        line.quantity(),
                        line.lineTotal(),
                        offer.grade(),
                        java.util.Arrays.stream(Grade.values())
                                .filter(g -> g.ordinal() > offer.grade().ordinal())
                                .toList()));
            }
        }
        return new WeighingPage(
                number,
                wholesale.weighingSheet(staff, number),
                wholesale.shopWeighings(staff, number),
                error,
                gradable,
                graded);
    }

    /** 等级不符: a line the shop may declare packed in one of the grades below the one ordered. */
    @Introspected
    record GradableLine(
            long skuId, String titleZh, int packs, BigDecimal lineTotal, Grade ordered, List<Grade> lower) {}

    /** A lower grade declared for one line, and the price asked per pack. */
    @Post(
            uri = "/orders/{number}/grade",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> declareGrade(
            HttpRequest<?> request, Actor staff, @PathVariable String number, @Body GradeForm form) {
        try {
            wholesale.declareLowerGrade(
                    staff,
                    number,
                    new org.techan.wholesale.LowerGrade(
                            form.sku() == null ? 0 : form.sku(), form.grade(), FormValues.decimal(form.unitPrice())));
            return HttpResponse.seeOther(URI.create("/coop/wholesale/orders/" + number + "/weighing#graded"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/weighing", weighingPage(staff, number, failures.of(request, refused))));
        }
    }

    @Serdeable
    record GradeForm(@Nullable Long sku, @Nullable Grade grade, @Nullable String unitPrice) {}

    @Introspected
    record WeighingPage(
            String orderNumber,
            List<org.techan.wholesale.WeighableLine> lines,
            List<org.techan.wholesale.WeighingView> weighed,
            @Nullable String error,
            List<GradableLine> gradable,
            List<org.techan.wholesale.GradeChangeView> graded) {}

    /** The weights typed beside the lines, in kilograms; blank lines are left for later. */
    @Serdeable
    record WeightsForm(@Nullable List<String> sku, @Nullable List<String> kilograms) {

        List<org.techan.wholesale.LineWeight> weights() {
            List<org.techan.wholesale.LineWeight> weights = new ArrayList<>();
            int count = Math.min(sku == null ? 0 : sku.size(), kilograms == null ? 0 : kilograms.size());
            for (int i = 0; i < count; i++) {
                String typed = kilograms.get(i) == null ? "" : kilograms.get(i).strip();
                if (!typed.isEmpty()) {
                    BigDecimal kg = FormValues.decimal(typed);
                    // A typo weighs nothing, which the weighing refuses with the line's name.
                    long grams = kg == null
                            ? 0
                            : kg.movePointRight(3)
                                    .setScale(0, java.math.RoundingMode.HALF_UP)
                                    .longValue();
                    weights.add(new org.techan.wholesale.LineWeight(FormValues.integer(sku.get(i)), grams));
                }
            }
            return weights;
        }
    }

    /** A price list for a kind of organisation or one organisation; a refusal keeps what was typed. */
    @Post(uri = "/price-lists", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> savePriceList(HttpRequest<?> request, Actor staff, @Body PriceListForm form) {
        try {
            wholesale.savePriceList(staff, form.command());
            return HttpResponse.seeOther(URI.create("/coop/wholesale#price-lists"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/wholesale", page(staff, failures.of(request, refused), OfferForm.BLANK, form)));
        }
    }

    @Post(
            uri = "/price-lists/{id}/delete",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> deletePriceList(HttpRequest<?> request, Actor staff, @PathVariable long id) {
        try {
            wholesale.deletePriceList(staff, id);
            return HttpResponse.seeOther(URI.create("/coop/wholesale#price-lists"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/wholesale",
                            page(staff, failures.of(request, refused), OfferForm.BLANK, PriceListForm.BLANK)));
        }
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, Actor staff, @Body OfferForm form) {
        try {
            wholesale.saveOffer(staff, form.command());
            return HttpResponse.seeOther(BACK);
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/wholesale", page(staff, failures.of(request, refused), form, PriceListForm.BLANK)));
        }
    }

    @Post(uri = "/{skuId}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> withdraw(HttpRequest<?> request, Actor staff, @PathVariable long skuId) {
        try {
            wholesale.withdrawOffer(staff, skuId);
            return HttpResponse.seeOther(BACK);
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "coop/wholesale",
                            page(staff, failures.of(request, refused), OfferForm.BLANK, PriceListForm.BLANK)));
        }
    }

    private OffersPage page(Actor staff, @Nullable String error, OfferForm form, PriceListForm listForm) {
        return page(staff, error, form, listForm, null);
    }

    private OffersPage page(
            Actor staff, @Nullable String error, OfferForm form, PriceListForm listForm, @Nullable BaseForm typedBase) {
        var base = wholesale.ownProducingBase(staff);
        BaseForm baseForm =
                typedBase != null ? typedBase : base.map(BaseForm::of).orElse(BaseForm.BLANK);
        List<CoopPromotionsController.Choice> skus = new ArrayList<>();
        for (ProductView product :
                catalog.ownProducts(staff, 0, PRODUCTS_LISTED).items()) {
            for (SkuView sku : product.skus()) {
                skus.add(new CoopPromotionsController.Choice(
                        sku.id(), product.titleZh() + " " + sku.specZh(), sku.price()));
            }
        }
        List<OfferView> offers = wholesale.shopOffers(staff);
        List<ListLine> listLines = offers.stream()
                .map(offer -> new ListLine(offer, listForm.typedPrice(offer.skuId())))
                .toList();
        return new OffersPage(
                offers,
                skus,
                List.of(PackKind.values()),
                List.of(Grade.values()),
                form,
                error,
                wholesale.shopPriceLists(staff),
                listLines,
                List.of(org.techan.wholesale.OrganisationKind.values()),
                listForm.keyed(),
                wholesale.freight(staff),
                base.orElse(null),
                baseForm,
                regions.divisions("base", baseForm.region()),
                MONTHS);
    }

    private static final List<Integer> MONTHS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    /** An offer as a clerk types it: up to three tiers, each a number of packs and a price per pack. */
    @Serdeable
    record OfferForm(
            @Nullable Long skuId,
            @Nullable String pack,
            @Nullable String packNetGrams,
            @Nullable String minPacks,
            @Nullable String increment,
            @Nullable String maxPacks,
            @Nullable String price1,
            @Nullable String packs2,
            @Nullable String price2,
            @Nullable String packs3,
            @Nullable String price3,
            @Nullable String grade,
            @Nullable String gradeStandard,
            @Nullable String weightTolerance,
            @Nullable String packLitres) {

        static final OfferForm BLANK =
                new OfferForm(null, "BOX", null, "10", "1", null, null, null, null, null, null, null, null, null, null);

        OfferCommand command() {
            int min = FormValues.integer(minPacks);
            List<PriceTier> tiers = new ArrayList<>();
            tiers.add(new PriceTier(min, FormValues.decimal(price1)));
            tier(tiers, packs2, price2);
            tier(tiers, packs3, price3);
            return new OfferCommand(
                    skuId == null ? 0 : skuId,
                    FormValues.constant(PackKind.class, pack),
                    FormValues.integer(packNetGrams),
                    min,
                    FormValues.integer(increment),
                    FormValues.optionalInteger(maxPacks),
                    tiers,
                    FormValues.constant(Grade.class, grade),
                    gradeStandard,
                    tolerance(),
                    FormValues.optionalInteger(packLitres));
        }

        /** Blank: not sold by weight; anything else must read as a percentage. */
        private @Nullable BigDecimal tolerance() {
            String typed = weightTolerance == null
                    ? ""
                    : weightTolerance.replace("%", "").strip();
            if (typed.isEmpty()) {
                return null;
            }
            BigDecimal percent = FormValues.decimal(typed);
            if (percent == null) {
                throw new org.techan.platform.RuleViolationException("wholesale.offer.tolerance", BigDecimal.TEN);
            }
            return percent;
        }

        private static void tier(List<PriceTier> tiers, @Nullable String packs, @Nullable String price) {
            if (packs != null && !packs.isBlank()) {
                BigDecimal perPack = FormValues.decimal(price);
                tiers.add(new PriceTier(FormValues.integer(packs), perPack));
            }
        }
    }

    @Introspected
    record OffersPage(
            List<OfferView> offers,
            List<CoopPromotionsController.Choice> skus,
            List<PackKind> packs,
            List<Grade> grades,
            OfferForm form,
            @Nullable String error,
            List<org.techan.wholesale.PriceListView> priceLists,
            List<ListLine> listLines,
            List<org.techan.wholesale.OrganisationKind> kinds,
            PriceListForm listForm,
            org.techan.wholesale.FreightRules freight,
            @Nullable org.techan.wholesale.ProducingBaseView base,
            BaseForm baseForm,
            RegionChoices.Picker basePicker,
            List<Integer> months) {}

    /** A wholesale SKU on the price-list form, with the price typed for it. */
    @Introspected
    record ListLine(OfferView offer, String price) {}

    /**
     * A price list as a clerk types it: for a kind of organisation ({@code audience} is the kind)
     * or one organisation ({@code audience} ONE, with its credit code), days, and a price beside
     * each wholesale SKU (blank: not on the list).
     */
    @Serdeable
    record PriceListForm(
            @Nullable String name,
            @Nullable String audience,
            @Nullable String creditCode,
            @Nullable String validFrom,
            @Nullable String validTo,
            @Nullable List<String> sku,
            @Nullable List<String> price,
            @Nullable String requestKey) {

        static final PriceListForm BLANK = new PriceListForm(null, "CANTEEN", null, null, null, null, null, null);

        /** The form as shown: a key chosen once, so the form sent twice saves one list. */
        PriceListForm keyed() {
            return requestKey != null && !requestKey.isBlank()
                    ? this
                    : new PriceListForm(
                            name,
                            audience,
                            creditCode,
                            validFrom,
                            validTo,
                            sku,
                            price,
                            java.util.UUID.randomUUID().toString());
        }

        org.techan.wholesale.PriceListCommand command() {
            List<org.techan.wholesale.ListPrice> prices = new ArrayList<>();
            int count = Math.min(sku == null ? 0 : sku.size(), price == null ? 0 : price.size());
            for (int i = 0; i < count; i++) {
                if (price.get(i) != null && !price.get(i).isBlank()) {
                    prices.add(new org.techan.wholesale.ListPrice(
                            FormValues.integer(sku.get(i)), FormValues.decimal(price.get(i))));
                }
            }
            boolean one = "ONE".equals(audience);
            return new org.techan.wholesale.PriceListCommand(
                    name,
                    one ? null : FormValues.constant(org.techan.wholesale.OrganisationKind.class, audience),
                    one ? creditCode : null,
                    FormValues.date(validFrom),
                    FormValues.date(validTo),
                    prices,
                    requestKey);
        }

        /** What was typed beside this SKU, kept beside a refusal. */
        String typedPrice(long skuId) {
            int count = Math.min(sku == null ? 0 : sku.size(), price == null ? 0 : price.size());
            for (int i = 0; i < count; i++) {
                if (String.valueOf(skuId).equals(sku.get(i))) {
                    return price.get(i) == null ? "" : price.get(i);
                }
            }
            return "";
        }
    }
}
