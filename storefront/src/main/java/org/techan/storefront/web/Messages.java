package org.techan.storefront.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** Every user-visible string comes from {@code i18n/messages_<lang>.properties}. */
@Factory
class Messages {

    static final String BUNDLE = "i18n.messages";

    @Singleton
    MessageSource storefrontMessages() {
        return new ResourceBundleMessageSource(BUNDLE);
    }
}
