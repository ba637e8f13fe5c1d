package org.techan.archfixture.alpha.internal;

/** Fixture: an internal class of module "alpha" that others must not use. */
public class AlphaSecret {
    public static int value() {
        return 42;
    }
}
