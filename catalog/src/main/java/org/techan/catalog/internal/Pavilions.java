package org.techan.catalog.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.PageOf;
import org.techan.catalog.PavilionOpened;
import org.techan.catalog.PavilionView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.ShopView;
import org.techan.catalog.SlugKind;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.PageBounds;
import org.techan.platform.RuleViolationException;

/** Pavilions: a region's showcase, its featured shops, and the shops it shows. */
@Singleton
class Pavilions {

    private static final Pattern URL = Pattern.compile("(https?://|/)\\S+");

    private final PavilionRepository pavilions;
    private final RegionRepository regions;
    private final ShopRepository shops;

    private final Access access;
    private final Outbox outbox;
    private final SlugSuggestions slugs;

    Pavilions(
            PavilionRepository pavilions,
            RegionRepository regions,
            ShopRepository shops,
            Access access,
            Outbox outbox,
            SlugSuggestions slugs) {
        this.slugs = slugs;
        this.access = access;
        this.outbox = outbox;
        this.pavilions = pavilions;
        this.regions = regions;
        this.shops = shops;
    }

    @Transactional
    public PavilionView open(Actor operator, OpenPavilionCommand command) {
        access.requireOperator(operator);
        String slug = slugs.givenOrFree(
                SlugKind.PAVILION, command.slug(), command.nameZh(), command.nameEn(), "pavilion.slug.invalid");
        RegionCode region = RegionCode.parse(command.regionCode());
        if (!regions.existsById(region.value())) {
            throw new RuleViolationException("region.not-found", region.value());
        }
        String nameZh = Input.required(command.nameZh(), 100, "pavilion.name.required");
        String banner = Input.optional(command.bannerUrl());
        if (banner != null && (banner.length() > 500 || !URL.matcher(banner).matches())) {
            throw new RuleViolationException("pavilion.banner.invalid", banner);
        }
        if (pavilions.existsBySlug(slug)) {
            throw new ConflictException("pavilion.slug.taken", slug);
        }
        PavilionRow row = new PavilionRow(
                null,
                slug,
                region.value(),
                nameZh,
                Input.optional(command.nameEn()),
                Input.optional(command.storyZh()),
                Input.optional(command.storyEn()),
                banner,
                0);
        PavilionView opened = pavilions.save(row).view();
        outbox.publish(CatalogSchema.OUTBOX, new PavilionOpened(slug, region.value()));
        return opened;
    }

    @Transactional(readOnly = true)
    public List<PavilionView> all() {
        return pavilions.findAllOrderByPositionAndNameZh().stream()
                .map(PavilionRow::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public PavilionView get(String slug) {
        return row(slug).view();
    }

    @Transactional
    public void feature(Actor operator, String pavilionSlug, String shopSlug, int position) {
        access.requireOperator(operator);
        PavilionRow pavilion = row(pavilionSlug);
        ShopRow shop = shops.findBySlug(shopSlug).orElseThrow(() -> new NotFoundException("shop.not-found", shopSlug));
        RegionCode region = new RegionCode(pavilion.regionCode());
        if (!shop.status().isOpen() || !region.contains(new RegionCode(shop.villageCode()))) {
            throw new RuleViolationException("pavilion.feature.outside", shopSlug, pavilion.nameZh());
        }
        pavilions.feature(pavilion.id(), shop.id(), position);
    }

    @Transactional(readOnly = true)
    public PageOf<ShopView> shopsOf(String pavilionSlug, int page, int size) {
        PageBounds.check(page, size, Input.MAX_PAGE_SIZE);
        PavilionRow pavilion = row(pavilionSlug);
        String prefix = new RegionCode(pavilion.regionCode()).prefix();
        List<ShopView> items = shops.findForPavilion(pavilion.id(), prefix, size, (long) page * size).stream()
                .map(ShopRow::view)
                .toList();
        return new PageOf<>(
                items, shops.countByVillageCodeStartsWithAndStatus(prefix, ShopStatus.APPROVED), page, size);
    }

    private PavilionRow row(String slug) {
        return pavilions.findBySlug(slug).orElseThrow(() -> new NotFoundException("pavilion.not-found", slug));
    }
}
