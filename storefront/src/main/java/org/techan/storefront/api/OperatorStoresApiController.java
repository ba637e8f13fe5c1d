package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.techan.orders.OpenStoreCommand;
import org.techan.orders.OrdersApi;
import org.techan.orders.StoreView;
import org.techan.platform.AccountView;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;

/**
 * Community pickup stores as JSON, for a county service centre's own tools: the same operations
 * as {@code /ops/stores}, with the same rules (they are the orders module's). Operators only
 * (session cookie, CSRF token in {@code X-CSRF-Token}).
 */
@Controller("/api/v1/ops/stores")
@Tag(name = "operations")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorStoresApiController {

    private final OrdersApi orders;

    OperatorStoresApiController(OrdersApi orders) {
        this.orders = orders;
    }

    @Get
    @Operation(summary = "Every pickup store: address, hours, order cut-off, capacities, days an order is held")
    List<StoreView> stores() {
        return orders.stores();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Opens a pickup store (convenience store, postal station or parcel locker)")
    StoreView open(Actor signedIn, @Body OpenStoreCommand command) {
        return orders.openStore(signedIn, command);
    }

    @Post("/{code}/clerks")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Creates a clerk account working at the store")
    AccountView addClerk(Actor signedIn, @PathVariable String code, @Body NewClerk clerk) {
        return orders.addStoreClerk(
                signedIn, code, new RegisterAccountCommand(clerk.login(), clerk.password(), clerk.displayName(), null));
    }

    /** A clerk's sign-in and name; the role is always store clerk. */
    @Serdeable
    record NewClerk(@Nullable String login, @Nullable String password, @Nullable String displayName) {

        @Override
        public String toString() {
            return "NewClerk[login=" + login + "]";
        }
    }
}
