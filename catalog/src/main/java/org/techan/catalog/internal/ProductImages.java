package org.techan.catalog.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.techan.catalog.ProductChanged;
import org.techan.catalog.ProductStatus;
import org.techan.platform.Actor;
import org.techan.platform.MediaStore;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.RuleViolationException;

/** Product photos with thumbnails; only photos of products on sale are served to the public. */
@Singleton
class ProductImages {

    static final int MAX_IMAGES = 9;
    static final int THUMBNAIL_SIDE = 400;

    private final ImageRepository images;
    private final ProductRepository products;
    private final ShopRepository shops;
    private final Access access;
    private final MediaStore media;
    private final Outbox outbox;

    ProductImages(
            ImageRepository images,
            ProductRepository products,
            ShopRepository shops,
            Access access,
            MediaStore media,
            Outbox outbox) {
        this.images = images;
        this.products = products;
        this.shops = shops;
        this.access = access;
        this.media = media;
        this.outbox = outbox;
    }

    @Transactional
    public void add(Actor actor, long productId, String mediaKey) {
        ProductRow product =
                products.findById(productId).orElseThrow(() -> new NotFoundException("product.not-found", productId));
        access.requireShop(actor, product.shopId(), "product.not-found", productId);
        MediaStore.StoredMedia original =
                media.read(mediaKey).orElseThrow(() -> new RuleViolationException("upload.image.invalid"));
        if (original.type() == MediaStore.MediaType.PDF) {
            throw new RuleViolationException("upload.image.invalid");
        }
        int count = images.countByProductId(productId);
        if (count >= MAX_IMAGES) {
            throw new RuleViolationException("product.images.too-many", MAX_IMAGES);
        }
        String thumbnail = media.storeThumbnail(mediaKey, THUMBNAIL_SIDE);
        images.save(new ImageRow(null, productId, count, mediaKey, thumbnail));
        if (product.status() == ProductStatus.PUBLISHED) {
            outbox.publish(CatalogSchema.OUTBOX, new ProductChanged(productId));
        }
    }

    /** A photo or thumbnail, only while it belongs to a published product of an open shop. */
    @Transactional(readOnly = true)
    public Optional<MediaStore.StoredMedia> publicImage(String key) {
        boolean shown = images.findByMediaKeyOrThumbnailKey(key, key).stream()
                .map(image -> products.findById(image.productId()).orElseThrow())
                .anyMatch(product -> product.status() == ProductStatus.PUBLISHED
                        && shops.findById(product.shopId())
                                .map(shop -> shop.status().isOpen())
                                .orElse(false));
        return shown ? media.read(key) : Optional.empty();
    }
}
