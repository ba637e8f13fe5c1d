-- Consumers sign up themselves (phone or e-mail as login) and buy.
ALTER TABLE platform_account DROP CONSTRAINT ck_platform_account_role;
ALTER TABLE platform_account
    ADD CONSTRAINT ck_platform_account_role CHECK (role IN ('OPERATOR', 'SHOP_STAFF', 'CONSUMER'));
