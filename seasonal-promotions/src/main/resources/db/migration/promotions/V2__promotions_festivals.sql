-- The festival calendar: each festival's date rule (a fixed date, a lunar date or a solar term,
-- moved by offset_days), how long it runs and how many days of warm-up come before it. Editions are
-- computed from the rule, never stored, so a festival is entered once and recurs every year.
CREATE TABLE promotions_festival (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug           VARCHAR(60)   NOT NULL,
    name_zh        VARCHAR(60)   NOT NULL,
    name_en        VARCHAR(80)   NULL,
    description_zh VARCHAR(500)  NULL,
    description_en VARCHAR(800)  NULL,
    rule_kind      VARCHAR(12)   NOT NULL,
    rule_month     TINYINT       NULL,
    rule_day       TINYINT       NULL,
    rule_term      VARCHAR(24)   NULL,
    offset_days    SMALLINT      NOT NULL,
    length_days    SMALLINT      NOT NULL,
    warm_up_days   SMALLINT      NOT NULL,
    pavilion_slug  VARCHAR(60)   NULL,
    created_by     BIGINT        NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_promotions_festival_slug (slug),
    CONSTRAINT ck_promotions_festival_rule CHECK (rule_kind IN ('FIXED', 'LUNAR', 'SOLAR_TERM')),
    CONSTRAINT ck_promotions_festival_days CHECK (length_days BETWEEN 1 AND 60 AND warm_up_days BETWEEN 0 AND 30
        AND offset_days BETWEEN -60 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
