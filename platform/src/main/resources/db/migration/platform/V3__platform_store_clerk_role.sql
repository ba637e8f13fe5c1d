-- Store clerks work at community pickup stores (网订店取).
ALTER TABLE platform_account DROP CONSTRAINT ck_platform_account_role;
ALTER TABLE platform_account
    ADD CONSTRAINT ck_platform_account_role CHECK (role IN ('OPERATOR', 'SHOP_STAFF', 'CONSUMER', 'STORE_CLERK'));
