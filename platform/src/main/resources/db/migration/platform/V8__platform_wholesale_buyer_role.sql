-- Wholesale buyers place bulk orders for a verified buyer organisation (the wholesale module).
ALTER TABLE platform_account DROP CONSTRAINT ck_platform_account_role;
ALTER TABLE platform_account
    ADD CONSTRAINT ck_platform_account_role CHECK (role IN ('OPERATOR', 'SHOP_STAFF', 'CONSUMER', 'STORE_CLERK',
        'WHOLESALE_BUYER'));
