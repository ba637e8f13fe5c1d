package org.techan.storefront.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.catalog.BatchView;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.PageOf;
import org.techan.catalog.ProductView;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.ShopView;
import org.techan.catalog.SkuCommand;
import org.techan.orders.OrdersApi;
import org.techan.orders.ShippingRule;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;

/**
 * The cooperative back office as JSON, for a shop's own systems (an ERP, a packing-house
 * scale): its products in every status, SKUs, publishing and stock receipts. Signed in as shop
 * staff (session cookie, CSRF token in {@code X-CSRF-Token}); every rule is the catalog's, so a
 * product of another shop answers 404 here exactly as on the pages.
 */
@Controller("/api/v1/coop")
@Tag(name = "cooperative back office")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoopApiController {

    private final CatalogApi catalog;
    private final OrdersApi orders;

    CoopApiController(CatalogApi catalog, OrdersApi orders) {
        this.catalog = catalog;
        this.orders = orders;
    }

    @Get("/shipping-rule")
    @Operation(summary = "The shop's delivery charge (the marketplace default until set)")
    ShippingRule shippingRule(Actor signedIn) {
        return orders.shippingRule(catalog.shopOf(signedIn).slug());
    }

    @Put("/shipping-rule")
    @Operation(
            summary = "Sets the shop's delivery charge: FLAT (baseFee per order) or BY_WEIGHT (baseFee for the"
                    + " first kg, perExtraKg for each started kg more), free from freeFrom when given")
    ShippingRule setShippingRule(Actor signedIn, @Body ShippingRule rule) {
        return orders.setShippingRule(signedIn, rule);
    }

    @Get("/shop")
    @Operation(summary = "The signed-in staff member's shop, whatever its status")
    ShopView shop(Actor signedIn) {
        return catalog.shopOf(signedIn);
    }

    @Get("/products")
    @Operation(summary = "The shop's products in every status, newest first")
    PageOf<ProductView> products(
            Actor signedIn, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return catalog.ownProducts(signedIn, page, size);
    }

    @Get("/products/{id}")
    @Operation(summary = "One of the shop's products, with all its certificates and batches")
    ProductView product(Actor signedIn, @PathVariable long id) {
        return catalog.product(signedIn, id);
    }

    @Post("/products")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Drafts a product with its first SKUs")
    ProductView create(Actor signedIn, @Body SaveProductCommand command) {
        return catalog.createProduct(signedIn, command);
    }

    @Put("/products/{id}")
    @Operation(summary = "Changes a product's details (not its SKUs)")
    ProductView revise(Actor signedIn, @PathVariable long id, @Body SaveProductCommand command) {
        return catalog.reviseProduct(signedIn, id, command);
    }

    @Post("/products/{id}/skus")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Adds a SKU")
    ProductView addSku(Actor signedIn, @PathVariable long id, @Body SkuCommand command) {
        return catalog.addSku(signedIn, id, command);
    }

    @Put("/products/{id}/skus/{skuId}")
    @Operation(summary = "Changes a SKU's spec, unit, weight or price")
    ProductView reviseSku(Actor signedIn, @PathVariable long id, @PathVariable long skuId, @Body SkuCommand command) {
        var actor = signedIn;
        if (catalog.product(actor, id).skus().stream().noneMatch(sku -> sku.id() == skuId)) {
            throw new NotFoundException("sku.not-found", skuId);
        }
        return catalog.reviseSku(actor, skuId, command);
    }

    @Post("/products/{id}/publish")
    @Operation(summary = "Puts the product on sale (the shop must be approved)")
    ProductView publish(Actor signedIn, @PathVariable long id) {
        return catalog.publishProduct(signedIn, id);
    }

    @Post("/products/{id}/unpublish")
    @Operation(summary = "Takes the product off sale")
    ProductView unpublish(Actor signedIn, @PathVariable long id) {
        return catalog.unpublishProduct(signedIn, id);
    }

    @Post("/batches")
    @Operation(summary = "Receives stock for a SKU as a new traceable batch; answers its trace code")
    HttpResponse<BatchView> receive(Actor signedIn, @Body ReceiveBatchCommand command) {
        return HttpResponse.created(catalog.receiveBatch(signedIn, command));
    }
}
