-- Tenants: one city emergency-management bureau each. Every tenant-owned table carries tenant_id
-- first in its keys (DESIGN.md, "Tenancy in data").
CREATE TABLE tenant (
    id            VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
