package org.techan.stripestub.internal;

/** What the stub answers: an HTTP status and the exact JSON body, as stored for idempotent replay. */
record StubResponse(int status, String body, boolean replayed) {

    StubResponse(int status, String body) {
        this(status, body, false);
    }

    StubResponse asReplay() {
        return new StubResponse(status, body, true);
    }
}
