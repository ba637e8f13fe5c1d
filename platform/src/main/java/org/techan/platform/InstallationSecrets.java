package org.techan.platform;

/**
 * Random secrets made once per installation and kept in the database, so every replica signs
 * and checks with the same key and a restart changes nothing.
 */
public interface InstallationSecrets {

    /**
     * The secret called {@code name}: 32 random bytes, base64url without padding, created on first
     * use. Two replicas asking at once get the same one.
     */
    String secret(String name);
}
