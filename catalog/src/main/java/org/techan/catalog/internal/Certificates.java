package org.techan.catalog.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.CertificateView;
import org.techan.catalog.PageOf;
import org.techan.catalog.ProductChanged;
import org.techan.catalog.ProductStatus;
import org.techan.catalog.SubmitCertificateCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.MediaStore;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.PageBounds;
import org.techan.platform.RuleViolationException;

/** 三品一标 certificates: submitted by the product's shop, decided by an operator. */
@Singleton
class Certificates {

    private final CertificateRepository certificates;
    private final ProductRepository products;
    private final Access access;
    private final MediaStore media;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final int perShopPerDay;

    /** {@code perShopPerDay}: each scan waits for an operator's review; a shop needs a handful, not hundreds. */
    Certificates(
            CertificateRepository certificates,
            ProductRepository products,
            Access access,
            MediaStore media,
            Outbox outbox,
            Clock clock,
            TransactionOperations<Connection> transactions,
            @Value("${techan.certificates.per-shop-per-day:20}") int perShopPerDay) {
        this.certificates = certificates;
        this.products = products;
        this.access = access;
        this.media = media;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
        this.perShopPerDay = perShopPerDay;
    }

    /**
     * Everything is checked before the document is stored, and checked again when the row is
     * written: a refused submission leaves nothing on disk, and storing never holds a transaction.
     */
    public CertificateView submit(Actor actor, SubmitCertificateCommand command, @Nullable byte[] document) {
        transactions.executeRead(status -> admissible(actor, command));
        if (document == null || document.length == 0) {
            throw new RuleViolationException("certificate.document.required");
        }
        MediaStore.MediaType type = MediaStore.MediaType.sniff(document)
                .orElseThrow(() -> new RuleViolationException("upload.type.invalid"));
        String documentKey = media.store(type, document);
        return transactions.executeWrite(status -> {
            ProductRow product = admissible(actor, command);
            CertificateRow row = new CertificateRow(
                    null,
                    product.id(),
                    product.shopId(),
                    command.kind(),
                    command.number().strip(),
                    command.issuer().strip(),
                    command.validFrom(),
                    command.validTo(),
                    documentKey,
                    CertificateStatus.SUBMITTED,
                    null,
                    null,
                    null,
                    clock.instant(),
                    0);
            try {
                return certificates.save(row).view(today());
            } catch (DataAccessException e) {
                if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                    // The same certificate submitted twice at once: the other one was written first.
                    throw new ConflictException("certificate.duplicate", row.number());
                }
                throw e;
            }
        });
    }

    /** The product, when this submission may be made now; otherwise the reason it may not. */
    private ProductRow admissible(Actor actor, SubmitCertificateCommand command) {
        ProductRow product = products.findById(command.productId())
                .orElseThrow(() -> new NotFoundException("product.not-found", command.productId()));
        access.requireShop(actor, product.shopId(), "product.not-found", command.productId());
        access.requireApprovedForUploads(actor, product.shopId());
        if (command.kind() == null) {
            throw new RuleViolationException("certificate.kind.required");
        }
        String number = Input.required(command.number(), 60, "certificate.number.required");
        Input.required(command.issuer(), 120, "certificate.issuer.required");
        LocalDate from = command.validFrom();
        LocalDate to = command.validTo();
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolationException("certificate.validity.invalid");
        }
        if (to.isBefore(today())) {
            throw new RuleViolationException("certificate.expired", to);
        }
        if (certificates.existsByKindAndNumberAndProductId(command.kind(), number, product.id())) {
            throw new ConflictException("certificate.duplicate", number);
        }
        Instant startOfToday = today().atStartOfDay(MarketCalendar.ZONE).toInstant();
        if (!actor.isOperator() && certificates.countSubmittedSince(product.shopId(), startOfToday) >= perShopPerDay) {
            throw new RuleViolationException("certificate.too-many-today", perShopPerDay);
        }
        return product;
    }

    @Transactional
    public CertificateView review(
            Actor operator, long certificateId, CertificateStatus decision, @Nullable String note) {
        access.requireOperator(operator);
        CertificateRow certificate = row(certificateId);
        if (decision == CertificateStatus.SUBMITTED) {
            throw new RuleViolationException("certificate.decision.required");
        }
        if (certificate.status() != CertificateStatus.SUBMITTED) {
            throw new ConflictException("certificate.already-reviewed", certificateId, certificate.status());
        }
        String why = decision == CertificateStatus.REJECTED
                ? Input.required(note, 500, "certificate.reject.reason-required")
                : Input.optional(note);
        CertificateRow reviewed;
        try {
            reviewed = certificates.update(certificate.reviewed(decision, why, operator.accountId(), clock.instant()));
        } catch (OptimisticLockException e) {
            throw new ConflictException("certificate.already-reviewed", certificateId, "?");
        }
        ProductRow product = products.findById(certificate.productId()).orElseThrow();
        if (decision == CertificateStatus.VERIFIED && product.status() == ProductStatus.PUBLISHED) {
            outbox.publish(CatalogSchema.OUTBOX, new ProductChanged(product.id()));
        }
        return reviewed.view(today());
    }

    @Transactional(readOnly = true)
    public PageOf<CertificateView> awaitingReview(Actor operator, int page, int size) {
        access.requireOperator(operator);
        PageBounds.check(page, size, Input.MAX_PAGE_SIZE);
        Page<CertificateRow> rows = certificates.findByStatus(
                CertificateStatus.SUBMITTED, Pageable.from(page, size, Sort.of(Sort.Order.asc("id"))));
        LocalDate today = today();
        return new PageOf<>(
                rows.getContent().stream().map(row -> row.view(today)).toList(), rows.getTotalSize(), page, size);
    }

    @Transactional(readOnly = true)
    public MediaStore.StoredMedia document(Actor actor, long certificateId) {
        CertificateRow certificate = row(certificateId);
        access.requireShop(actor, certificate.shopId(), "certificate.not-found", certificateId);
        return media.read(certificate.documentKey())
                .orElseThrow(() -> new NotFoundException("certificate.not-found", certificateId));
    }

    LocalDate today() {
        return MarketCalendar.today(clock);
    }

    private CertificateRow row(long id) {
        return certificates.findById(id).orElseThrow(() -> new NotFoundException("certificate.not-found", id));
    }
}
