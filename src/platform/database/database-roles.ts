/**
 * The database roles the service uses. The names are fixed because the
 * migrations grant privileges to RUNTIME_GROUP; the login roles that join it
 * can be named as a DBA likes (see scripts/db/create-roles.sql).
 */
export const OWNER_ROLE = 'nsk_owner';
/** NOLOGIN group that holds the runtime privileges; runtime logins are members. */
export const RUNTIME_GROUP = 'nsk_runtime';
export const RUNTIME_LOGIN = 'nsk_app';
/**
 * NOLOGIN role that owns the ledger's append function and alone may insert
 * ledger entries and move heads. The owner is a member only so that the
 * migration can hand the function over.
 */
export const LEDGER_WRITER = 'nsk_ledger_writer';

/** The transaction-local setting that row-level security policies read. */
export const TENANT_SETTING = 'app.municipality_id';
