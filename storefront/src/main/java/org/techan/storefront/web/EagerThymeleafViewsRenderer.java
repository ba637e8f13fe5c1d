package org.techan.storefront.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ViewUtils;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import io.micronaut.views.thymeleaf.WebContext;
import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.techan.orders.OrdersApi;
import org.techan.storefront.security.CsrfTokens;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders a page completely before the response starts. The stock renderer renders while the
 * response is written, where a template error can no longer become an error page: the request
 * then hangs until the client times out. Rendering first lets the error reach ErrorResponses.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class EagerThymeleafViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    private final CsrfTokens tokens;
    private final OrdersApi orders;
    private final StaticAssets assets;

    EagerThymeleafViewsRenderer(
            AbstractConfigurableTemplateResolver templateResolver,
            TemplateEngine engine,
            ClassPathResourceLoader resourceLoader,
            HttpLocaleResolver httpLocaleResolver,
            CsrfTokens tokens,
            OrdersApi orders,
            StaticAssets assets) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
        RecordProperties.install();
        this.assets = assets;
        this.tokens = tokens;
        this.orders = orders;
    }

    /**
     * Also hands every page the {@code viewer} (who is signed in, and the token forms must echo)
     * and the {@code assets}' fingerprinted addresses.
     */
    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.HEAD) {
            // Micronaut drops a HEAD's model before it reaches the view, and a HEAD has no body:
            // rendering would only fail and fill the log. The route itself has answered by now.
            return new RenderedPage("");
        }
        Map<String, Object> variables = new HashMap<>(data == null ? Map.of() : ViewUtils.modelOf(data));
        variables.put("viewer", new Viewer(request, tokens, orders));
        variables.put("assets", assets);
        StringWriter page = new StringWriter();
        render(viewName, new WebContext(request, httpLocaleResolver.resolveOrDefault(request), variables), page);
        return new RenderedPage(page.toString());
    }
}
