package org.techan.wholesale.internal;

import jakarta.inject.Singleton;
import org.techan.platform.Actor;
import org.techan.platform.MediaStore;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.WholesaleApi;

/**
 * Business licence scans (营业执照) of applying organisations: checked by their first bytes, kept in
 * the media store before the organisation's row names them (a scan stored by a request that then
 * fails is an orphan file, never a row naming a missing file), read by operators and members.
 */
@Singleton
class Licences {

    private final Organisations organisations;
    private final MediaStore media;

    Licences(Organisations organisations, MediaStore media) {
        this.organisations = organisations;
        this.media = media;
    }

    OrganisationView attach(Actor admin, byte[] scan) {
        if (scan == null || scan.length == 0) {
            throw new RuleViolationException("wholesale.licence.required");
        }
        if (scan.length > WholesaleApi.MOST_LICENCE_BYTES) {
            throw new RuleViolationException(
                    "wholesale.licence.too-large", WholesaleApi.MOST_LICENCE_BYTES / 1024 / 1024);
        }
        MediaStore.MediaType type = MediaStore.MediaType.sniff(scan)
                .orElseThrow(() -> new RuleViolationException("wholesale.licence.type"));
        // Asked before the file is written: a stranger's request stores nothing.
        organisations.organisationOf(admin);
        return organisations.attachLicence(admin, media.store(type, scan));
    }

    MediaStore.StoredMedia of(Actor actor, long organisationId) {
        String key = organisations.licenceKey(actor, organisationId);
        return media.read(key).orElseThrow(() -> new NotFoundException("wholesale.licence.none", organisationId));
    }
}
