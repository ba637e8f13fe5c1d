package org.techan.search;

/** Where the latest full rebuild of the product index stands. */
public enum RebuildState {
    IDLE,
    RUNNING,
    DONE,
    FAILED
}
