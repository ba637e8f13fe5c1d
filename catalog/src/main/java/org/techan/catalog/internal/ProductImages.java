package org.techan.catalog.internal;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
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
    private final TransactionOperations<Connection> transactions;

    ProductImages(
            ImageRepository images,
            ProductRepository products,
            ShopRepository shops,
            Access access,
            MediaStore media,
            Outbox outbox,
            TransactionOperations<Connection> transactions) {
        this.images = images;
        this.products = products;
        this.shops = shops;
        this.access = access;
        this.media = media;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /**
     * Whether the photo may be added is decided before anything is stored; decoding and writing the
     * files happen outside any transaction; the row is written after checking again under the
     * product's lock (two uploads at once must not make ten photos).
     */
    public void add(Actor actor, long productId, byte[] image) {
        transactions.executeRead(status -> withRoom(actor, productId, false));
        MediaStore.StoredImage stored = media.storeImage(image, THUMBNAIL_SIDE);
        transactions.executeWrite(status -> {
            ProductRow product = withRoom(actor, productId, true);
            images.save(new ImageRow(
                    null, productId, images.countByProductId(productId), stored.key(), stored.thumbnailKey()));
            announceChange(product);
            return null;
        });
    }

    private ProductRow withRoom(Actor actor, long productId, boolean lock) {
        ProductRow product = owned(actor, productId);
        access.requireApprovedForUploads(actor, product.shopId());
        if (lock) {
            products.lockForUpdate(productId);
        }
        if (images.countByProductId(productId) >= MAX_IMAGES) {
            throw new RuleViolationException("product.images.too-many", MAX_IMAGES);
        }
        return product;
    }

    /** Takes a photo off the product; the others close up behind it. */
    @Transactional
    public void remove(Actor actor, long productId, long imageId) {
        ProductRow product = owned(actor, productId);
        List<ImageRow> current = images.findByProductIdOrderByPosition(productId);
        ImageRow removed = find(current, imageId);
        images.delete(removed);
        List<ImageRow> rest = new ArrayList<>(current);
        rest.remove(removed);
        renumber(rest);
        announceChange(product);
    }

    /** Makes a photo the cover (主图), the one shown on product cards; the others keep their order. */
    @Transactional
    public void makeCover(Actor actor, long productId, long imageId) {
        ProductRow product = owned(actor, productId);
        List<ImageRow> ordered = new ArrayList<>(images.findByProductIdOrderByPosition(productId));
        ImageRow cover = find(ordered, imageId);
        ordered.remove(cover);
        ordered.add(0, cover);
        renumber(ordered);
        announceChange(product);
    }

    private void renumber(List<ImageRow> ordered) {
        for (int position = 0; position < ordered.size(); position++) {
            if (ordered.get(position).position() != position) {
                images.move(ordered.get(position).id(), position);
            }
        }
    }

    private static ImageRow find(List<ImageRow> images, long imageId) {
        return images.stream()
                .filter(image -> image.id() == imageId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("product.image.not-found", imageId));
    }

    private ProductRow owned(Actor actor, long productId) {
        ProductRow product =
                products.findById(productId).orElseThrow(() -> new NotFoundException("product.not-found", productId));
        access.requireShop(actor, product.shopId(), "product.not-found", productId);
        return product;
    }

    private void announceChange(ProductRow product) {
        if (product.status() == ProductStatus.PUBLISHED) {
            outbox.publish(CatalogSchema.OUTBOX, new ProductChanged(product.id()));
        }
    }

    /** A photo or thumbnail of a product in any status, for its shop's staff and operators. */
    @Transactional(readOnly = true)
    public MediaStore.StoredMedia ownImage(Actor actor, long productId, String key) {
        owned(actor, productId);
        return images.findByMediaKeyOrThumbnailKey(key, key).stream()
                .filter(image -> image.productId() == productId)
                .findFirst()
                .flatMap(image -> media.read(key))
                .orElseThrow(() -> new NotFoundException("product.image.not-found", key));
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
