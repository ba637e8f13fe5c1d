package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.PageOf;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.ShopChanged;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.ShopView;
import org.techan.catalog.SlugKind;
import org.techan.catalog.UpdateShopProfileCommand;
import org.techan.platform.AccountView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.PageBounds;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/** Shops: applying with checked details, and the operator-driven status changes. */
@Singleton
class Shops {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern FOOD_LICENCE = Pattern.compile("JY\\d{14}");

    private final ShopRepository repository;
    private final RegionRepository regions;

    private final StaffRepository staff;
    private final Access access;
    private final Accounts accounts;
    private final Outbox outbox;
    private final SlugSuggestions slugs;

    Shops(
            ShopRepository repository,
            RegionRepository regions,
            StaffRepository staff,
            Access access,
            Accounts accounts,
            Outbox outbox,
            SlugSuggestions slugs) {
        this.slugs = slugs;
        this.repository = repository;
        this.regions = regions;
        this.staff = staff;
        this.access = access;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    @Transactional
    public ShopView apply(ApplyForShopCommand command) {
        String slug = slugs.givenOrFree(
                SlugKind.SHOP, command.slug(), command.nameZh(), command.nameEn(), "shop.slug.invalid");
        if (command.kind() == null) {
            throw new RuleViolationException("shop.kind.required");
        }
        String village = village(command.villageCode());
        String phone = phone(command.contactPhone());
        String licence = new BusinessLicenceNumber(command.businessLicence()).value();
        String foodLicence = foodLicence(command.foodBusinessLicence());
        if (repository.existsBySlug(slug)) {
            throw new ConflictException("shop.slug.taken", slug);
        }
        if (repository.existsByBusinessLicence(licence)) {
            throw new ConflictException("shop.licence.taken", licence);
        }
        ShopRow row = new ShopRow(
                null,
                slug,
                command.kind(),
                Input.required(command.nameZh(), 100, "shop.name.required"),
                Input.optional(command.nameEn()),
                village,
                Input.required(command.specialtyZh(), 100, "shop.specialty.required"),
                Input.required(command.contactName(), 60, "shop.contact.required"),
                phone,
                licence,
                foodLicence,
                null,
                null,
                ShopStatus.APPLIED,
                0);
        return repository.save(row).view();
    }

    @Transactional
    public ShopView changeStatus(Actor actor, String slug, ShopStatus next) {
        access.requireOperator(actor);
        ShopRow shop = row(slug);
        if (!shop.status().canBecome(next)) {
            throw new ConflictException("shop.transition.illegal", slug, shop.status(), next);
        }
        try {
            ShopView changed = repository.update(shop.withStatus(next)).view();
            outbox.publish(CatalogSchema.OUTBOX, new ShopChanged(slug));
            return changed;
        } catch (OptimisticLockException e) {
            throw new ConflictException("shop.changed-concurrently", slug);
        }
    }

    /**
     * A cooperative applies on its own: the shop (APPLIED) and its first staff account, together or
     * not at all, so the applicant can sign in and prepare products while the operators review.
     */
    @Transactional
    public AccountView applyWithAccount(ApplyForShopCommand application, RegisterAccountCommand account) {
        ShopView shop = apply(application);
        ShopRow row = row(shop.slug());
        AccountView staffAccount = accounts.register(new RegisterAccountCommand(
                account.login(), account.password(), account.displayName(), Role.SHOP_STAFF));
        staff.save(new StaffRow(staffAccount.id(), row.id()));
        return staffAccount;
    }

    /** Creates a staff account that belongs to the shop, atomically with its membership. */
    @Transactional
    public AccountView addStaff(Actor actor, String slug, RegisterAccountCommand command) {
        access.requireOperator(actor);
        ShopRow shop = row(slug);
        AccountView account = accounts.register(new RegisterAccountCommand(
                command.login(), command.password(), command.displayName(), Role.SHOP_STAFF));
        staff.save(new StaffRow(account.id(), shop.id()));
        return account;
    }

    /** The staff member's own shop's public details, checked as strictly as at application. */
    @Transactional
    public ShopView updateProfile(Actor staff, UpdateShopProfileCommand command) {
        ShopRow shop = repository.findById(access.shopOf(staff)).orElseThrow();
        String phone = phone(command.contactPhone());
        String foodLicence = foodLicence(command.foodBusinessLicence());
        ShopRow updated = shop.withProfile(
                Input.required(command.nameZh(), 100, "shop.name.required"),
                Input.optional(command.nameEn()),
                Input.required(command.specialtyZh(), 100, "shop.specialty.required"),
                Input.required(command.contactName(), 60, "shop.contact.required"),
                phone,
                foodLicence,
                story(command.storyZh(), UpdateShopProfileCommand.LONGEST_STORY_ZH),
                story(command.storyEn(), UpdateShopProfileCommand.LONGEST_STORY_EN));
        try {
            ShopView changed = repository.update(updated).view();
            outbox.publish(CatalogSchema.OUTBOX, new ShopChanged(shop.slug()));
            return changed;
        } catch (OptimisticLockException e) {
            throw new ConflictException("shop.changed-concurrently", shop.slug());
        }
    }

    /** A story as written (line breaks kept, ends trimmed); none when blank. */
    private static @Nullable String story(@Nullable String text, int longest) {
        String story = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (story.codePointCount(0, story.length()) > longest) {
            throw new RuleViolationException("shop.story.too-long", longest);
        }
        return story.isEmpty() ? null : story;
    }

    @Transactional(readOnly = true)
    public ShopView of(Actor actor) {
        long shopId = access.shopOf(actor);
        return repository
                .findById(shopId)
                .map(ShopRow::view)
                .orElseThrow(() -> new NotFoundException("shop.not-found", shopId));
    }

    @Transactional(readOnly = true)
    public PageOf<ShopView> withStatus(Actor actor, ShopStatus status, int page, int size) {
        access.requireOperator(actor);
        PageBounds.check(page, size, Input.MAX_PAGE_SIZE);
        Page<ShopRow> rows = repository.findByStatus(status, Pageable.from(page, size, Sort.of(Sort.Order.asc("id"))));
        return new PageOf<>(rows.getContent().stream().map(ShopRow::view).toList(), rows.getTotalSize(), page, size);
    }

    @Transactional(readOnly = true)
    public ShopView get(String slug) {
        return row(slug).view();
    }

    @Transactional(readOnly = true)
    public ShopView getOpen(String slug) {
        ShopRow shop = row(slug);
        if (!shop.status().isOpen()) {
            throw new NotFoundException("shop.not-found", slug);
        }
        return shop.view();
    }

    @Transactional(readOnly = true)
    public PageOf<ShopView> openIn(RegionCode region, int page, int size) {
        PageBounds.check(page, size, Input.MAX_PAGE_SIZE);
        Page<ShopRow> rows = repository.findByVillageCodeStartsWithAndStatus(
                region.prefix(), ShopStatus.APPROVED, Pageable.from(page, size, Sort.of(Sort.Order.asc("nameZh"))));
        return new PageOf<>(rows.getContent().stream().map(ShopRow::view).toList(), rows.getTotalSize(), page, size);
    }

    /** A mobile number or a landline with its area code; spaces people type are dropped. */
    private static String phone(@Nullable String given) {
        String phone = Input.required(given, 20, "shop.phone.invalid").replace(" ", "");
        if (!PHONE.matcher(phone).matches()) {
            throw new RuleViolationException("shop.phone.invalid", phone);
        }
        return phone;
    }

    private static @Nullable String foodLicence(@Nullable String given) {
        String foodLicence = Input.optional(given);
        if (foodLicence != null && !FOOD_LICENCE.matcher(foodLicence).matches()) {
            throw new RuleViolationException("shop.food-licence.invalid", foodLicence);
        }
        return foodLicence;
    }

    private ShopRow row(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> new NotFoundException("shop.not-found", slug));
    }

    private String village(@Nullable String code) {
        RegionCode region = RegionCode.parse(code);
        if (region.level() != RegionLevel.VILLAGE || !regions.existsById(region.value())) {
            throw new RuleViolationException("shop.village.invalid", region.value());
        }
        return region.value();
    }
}
