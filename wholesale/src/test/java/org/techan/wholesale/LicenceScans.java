package org.techan.wholesale;

import java.nio.charset.StandardCharsets;
import org.techan.platform.Actor;
import org.techan.platform.Role;

/** A licence scan for applications the tests verify: an operator verifies none without one. */
final class LicenceScans {

    /** Recognised as a PDF by its first bytes, as an uploaded scan is. */
    static final byte[] PDF = "%PDF-1.4\n% 营业执照（测试）\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private LicenceScans() {}

    /** The applicant (the organisation's first admin) attaches the scan. */
    static void attach(WholesaleApi wholesale, OrganisationView applied) {
        wholesale.attachLicence(new Actor(applied.members().get(0).accountId(), Role.WHOLESALE_BUYER), PDF);
    }
}
