package org.techan.storefront.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.techan.platform.InstallationSecrets;

/**
 * The token every form must echo back. Signed-in visitors use the one stored with their session
 * (synchronizer token); anonymous visitors, who have no session, get a token in a cookie that the
 * form must repeat (double submit) — this covers the sign-in form itself. The anonymous token is a
 * random nonce signed with the installation's secret, so a cookie and field an attacker made up
 * together (or planted from a sibling domain) do not pass.
 */
@Singleton
public class CsrfTokens {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String ANONYMOUS_COOKIE = "techan_csrf";
    private static final String ISSUED = "techan.csrf.issued";

    private static final String SECRET_NAME = "csrf-signing-key";
    private static final String HMAC = "HmacSHA256";

    private final SecureRandom random = new SecureRandom();
    private final SessionCookie sessionCookie;
    private final InstallationSecrets secrets;

    CsrfTokens(SessionCookie sessionCookie, InstallationSecrets secrets) {
        this.sessionCookie = sessionCookie;
        this.secrets = secrets;
    }

    /** The token to put into a form on this request's page, issuing an anonymous one if needed. */
    public String forForm(HttpRequest<?> request) {
        String expected = expected(request);
        if (expected != null) {
            return expected;
        }
        String issued = request.getAttribute(ISSUED, String.class).orElse(null);
        if (issued == null) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            issued = nonce + "." + signature(nonce);
            request.setAttribute(ISSUED, issued);
        }
        return issued;
    }

    /** The token a state-changing request from this visitor must carry, if one was ever issued. */
    @Nullable
    String expected(HttpRequest<?> request) {
        Optional<String> session = SignedIn.authentication(request).map(SignedIn::csrfToken);
        if (session.isPresent()) {
            return session.get();
        }
        return request.getCookies()
                .findCookie(ANONYMOUS_COOKIE)
                .map(Cookie::getValue)
                .filter(this::signedByUs)
                .orElse(null);
    }

    private boolean signedByUs(String token) {
        int dot = token.indexOf('.');
        return dot > 0
                && MessageDigest.isEqual(
                        signature(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                        token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String nonce) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secrets.secret(SECRET_NAME).getBytes(StandardCharsets.US_ASCII), HMAC));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(("csrf:" + nonce).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    boolean matches(@Nullable String expected, @Nullable String submitted) {
        return expected != null
                && submitted != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /** A cookie for the anonymous token this request issued, if it issued one. */
    Optional<Cookie> issuedCookie(HttpRequest<?> request) {
        return request.getAttribute(ISSUED, String.class).map(token -> Cookie.of(ANONYMOUS_COOKIE, token)
                .path("/")
                .httpOnly(true)
                .secure(sessionCookie.secure())
                .sameSite(SameSite.Lax));
    }
}
