-- Run once by the postgres image's entrypoint, on an empty data directory only (docker-entrypoint-initdb.d),
-- as POSTGRES_USER. One database per service (docs/architecture.md, "Databases"); each service's Flyway
-- creates its own tables at start-up.
CREATE DATABASE fundflow_fund;
CREATE DATABASE fundflow_company;
CREATE DATABASE fundflow_matching;
