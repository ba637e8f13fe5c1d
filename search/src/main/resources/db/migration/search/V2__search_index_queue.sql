-- Products waiting to be (re)indexed, one row per product however many events arrived: the
-- indexer reads the product's current state, so repeats collapse. enqueued_at is the oldest
-- change not yet searchable (the indexing lag); next_attempt_at backs off while the engine fails.
CREATE TABLE search_index_queue (
    product_id      BIGINT       NOT NULL PRIMARY KEY,
    enqueued_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    next_attempt_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      VARCHAR(500) NULL,
    INDEX search_index_queue_due (next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one full rebuild that may run at a time, across all replicas: a replica claims it with a
-- conditional update and keeps heartbeat_at fresh; a rebuild whose replica died goes stale and
-- can be claimed again. While it runs, incremental indexing also writes to building_index.
CREATE TABLE search_rebuild (
    id             TINYINT      NOT NULL PRIMARY KEY,
    state          VARCHAR(10)  NOT NULL,
    building_index VARCHAR(200) NULL,
    live_index     VARCHAR(200) NULL,
    total          BIGINT       NOT NULL DEFAULT 0,
    done           BIGINT       NOT NULL DEFAULT 0,
    started_at     TIMESTAMP(3) NULL,
    finished_at    TIMESTAMP(3) NULL,
    heartbeat_at   TIMESTAMP(3) NULL,
    error          VARCHAR(500) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO search_rebuild (id, state) VALUES (1, 'IDLE');
