-- Database roles for the service, for a DBA to run once as a superuser:
--
--   psql -v owner_password='...' -v app_password='...' -v database=nsk -f scripts/db/create-roles.sql
--
-- nsk_owner   owns the schema and runs the migrations (DATABASE_URL).
-- nsk_runtime holds the runtime privileges the migrations grant (NOLOGIN group).
-- nsk_app     the service's runtime login (DATABASE_APP_URL): a member of
--             nsk_runtime, not superuser, no BYPASSRLS, owns nothing. The
--             service refuses to start if this is not so.
-- nsk_ledger_writer owns the ledger's append function (NOLOGIN); alone it may
--             insert ledger entries and move heads. nsk_owner is a member only
--             so that the migration can hand the function over.
CREATE ROLE nsk_owner LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE nsk_runtime NOLOGIN NOSUPERUSER NOBYPASSRLS;
CREATE ROLE nsk_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD :'app_password' IN ROLE nsk_runtime;
CREATE ROLE nsk_ledger_writer NOLOGIN NOSUPERUSER NOBYPASSRLS;
GRANT nsk_ledger_writer TO nsk_owner;
CREATE DATABASE :"database" OWNER nsk_owner;
