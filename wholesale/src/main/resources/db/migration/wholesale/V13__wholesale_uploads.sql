-- Quick-order files uploaded through the API, as read (UTF-8), for their status to be asked again
-- and placed by their text: an integrator's upload, kept with the organisation that sent it.
CREATE TABLE wholesale_upload (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    file_name       VARCHAR(200) NULL,
    lines_text      MEDIUMTEXT   NOT NULL,
    uploaded_at     TIMESTAMP(3) NOT NULL,
    KEY ix_wholesale_upload_organisation (organisation_id, id),
    CONSTRAINT fk_wholesale_upload_organisation FOREIGN KEY (organisation_id) REFERENCES wholesale_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
