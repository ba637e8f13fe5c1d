package org.techan.archfixture.beta;

import org.techan.archfixture.alpha.internal.AlphaSecret;

/** Fixture: breaks the boundary rule by reaching into alpha's internals. */
public class BetaUsesAlphaInternals {
    public int peek() {
        return AlphaSecret.value();
    }
}
