package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A webhook Event; {@code api_version} is the SDK's own, or the SDK would not read the object. */
@Serdeable(naming = SnakeCaseStrategy.class)
record EventJson(
        String id,
        String object,
        String apiVersion,
        long created,
        Data data,
        boolean livemode,
        int pendingWebhooks,
        Request request,
        String type) {

    @Serdeable
    record Data(JsonNode object) {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Request(@Nullable String id, @Nullable String idempotencyKey) {}
}
