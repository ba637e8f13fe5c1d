package org.techan.archfixture.alpha;

import org.techan.archfixture.beta.BetaUsesAlphaInternals;

/** Fixture: alpha depends on beta, and beta on alpha, forming a cycle. */
public class AlphaApi {
    public int viaBeta() {
        return new BetaUsesAlphaInternals().peek();
    }
}
