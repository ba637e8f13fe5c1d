/**
 * The runnable application: pages, REST controllers, security configuration and wiring of every
 * module. It holds no business rules, and no module uses it.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "catalog",
            "orders",
            "search",
            "promotions",
            "wholesale",
            "stripestub",
            "embedded"
        })
package org.techan.storefront;

import org.techan.platform.ApplicationModule;
