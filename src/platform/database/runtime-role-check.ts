import { DataSource } from 'typeorm';

export class UnsafeRuntimeRoleError extends Error {}

/**
 * Row-level security is the tenant boundary, so the service refuses to run as
 * a role that could step over it: a superuser, a role with BYPASSRLS, or a
 * role that owns (or is a member of the owner of) a table — owners can
 * disable RLS on their tables.
 */
export async function assertRuntimeRoleRespectsRls(dataSource: DataSource): Promise<void> {
  const [role] = await dataSource.query(
    `SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
            EXISTS (SELECT 1 FROM pg_tables t
                     WHERE t.schemaname = 'public' AND pg_has_role(current_user, t.tableowner, 'MEMBER')) AS owns_tables
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const problems = [
    role.superuser && 'is a superuser',
    role.bypassrls && 'has BYPASSRLS',
    role.owns_tables && 'owns tables (or is a member of their owner)',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new UnsafeRuntimeRoleError(
      `The runtime database role "${role.name}" ${problems.join(' and ')}, so it could bypass row-level security; ` +
        'set DATABASE_APP_URL to a role without SUPERUSER or BYPASSRLS that does not own the tables',
    );
  }
}
