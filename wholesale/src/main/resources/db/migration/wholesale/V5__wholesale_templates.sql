-- An organisation's saved quick orders (常用清单): the lines of a weekly order, kept by name to be
-- checked and placed again.
CREATE TABLE wholesale_template (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(60)  NOT NULL,
    lines_text      MEDIUMTEXT   NOT NULL,
    line_count      INT          NOT NULL,
    saved_by        BIGINT       NOT NULL,
    saved_at        TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uk_wholesale_template_name (organisation_id, name),
    CONSTRAINT fk_wholesale_template_organisation FOREIGN KEY (organisation_id) REFERENCES wholesale_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
