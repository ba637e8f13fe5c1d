package org.techan.platform;

/** A live sign-in: who it is, and the token every form of theirs must echo back (CSRF). */
public record SessionView(AccountView account, String csrfToken) {}
