package org.techan.storefront.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Caching for the stylesheet, scripts and icons: a year, immutable, at the fingerprinted address
 * the pages use; five minutes at a plain or stale address, so an old page still gets a file.
 */
@ServerFilter({"/css/**", "/js/**", "/icons/**"})
class StaticAssetCaching {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    static final String BRIEFLY = "public, max-age=300";

    private final StaticAssets assets;

    StaticAssetCaching(StaticAssets assets) {
        this.assets = assets;
    }

    @ResponseFilter
    void cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() != 200) {
            return;
        }
        String asked = request.getParameters().get("v");
        String current = assets.fingerprint(request.getPath());
        response.header("Cache-Control", asked != null && asked.equals(current) ? FOR_A_YEAR : BRIEFLY);
    }
}
