package org.techan.storefront.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;
import org.techan.platform.Role;

/**
 * {@code /health} for everyone, but its details (database URL, versions, cluster names) only for
 * operators: Micronaut's own choice is "anonymous", "authenticated" or "never", and any shopper is
 * authenticated.
 */
@Replaces(HealthEndpoint.class)
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
public class OperatorHealthEndpoint extends HealthEndpoint {

    OperatorHealthEndpoint(
            HealthAggregator<HealthResult> healthAggregator,
            HealthIndicator[] healthIndicators,
            @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean operator = principal instanceof Authentication authentication
                && authentication.getRoles().contains(Role.OPERATOR.name());
        return operator ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
