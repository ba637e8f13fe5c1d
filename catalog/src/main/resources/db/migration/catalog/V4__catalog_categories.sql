-- The product category tree. Top-level categories are the produce families the plans name;
-- operators add sub-categories below them.
CREATE TABLE catalog_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug       VARCHAR(60)  NOT NULL,
    parent_id  BIGINT       NULL,
    name_zh    VARCHAR(60)  NOT NULL,
    name_en    VARCHAR(60)  NOT NULL,
    position   INT          NOT NULL DEFAULT 0,
    created_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY uk_catalog_category_slug (slug),
    KEY ix_catalog_category_parent (parent_id, position),
    CONSTRAINT fk_catalog_category_parent FOREIGN KEY (parent_id) REFERENCES catalog_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO catalog_category (slug, name_zh, name_en, position) VALUES
    ('fresh-fruit', '新鲜水果', 'Fresh fruit', 10),
    ('vegetables', '蔬菜', 'Vegetables', 20),
    ('tea', '茶叶', 'Tea', 30),
    ('edible-fungi', '食用菌', 'Edible fungi', 40),
    ('honey', '蜂蜜', 'Honey', 50),
    ('dried-preserved-fruit', '蜜饯果干', 'Dried and preserved fruit', 60),
    ('edible-oils', '食用油', 'Edible oils', 70),
    ('grains', '五谷杂粮', 'Grains', 80),
    ('meat-eggs', '肉禽蛋', 'Meat and eggs', 90),
    ('aquatic-products', '水产', 'Aquatic products', 100),
    ('handicrafts', '手工艺品', 'Handicrafts', 110);
