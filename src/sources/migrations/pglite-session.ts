// The replay runs every file on one PostgreSQL session, as a migration tool's connection does: a
// `SET search_path` or `SET ROLE` in one file holds for the next ones. A dumped data directory keeps
// the database, not the session, so a stored replay also keeps the session's settings and puts them
// back before the next file. What cannot be put back (temporary tables, prepared statements, open
// cursors) makes the state unfit to store.

interface Session {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** Settings this session changed, as `current_setting` shows them, by name. */
export type SessionSettings = [name: string, value: string][];

export async function sessionSettings(db: Session): Promise<SessionSettings> {
  const { rows } = await db.query<{ name: string; value: string }>(
    "SELECT name, current_setting(name) AS value FROM pg_settings WHERE source = 'session' ORDER BY name",
  );
  return rows.map((r) => [r.name, r.value]);
}

/** Whether the session holds anything besides settings that a later file could see. */
export async function sessionIsStorable(db: Session): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT ((SELECT count(*) FROM pg_class WHERE relpersistence = 't')
           + (SELECT count(*) FROM pg_prepared_statements WHERE name <> '')
           + (SELECT count(*) FROM pg_cursors WHERE name <> ''))::int AS n`,
  );
  // The unnamed statement and portal are this query's own.
  return rows[0]?.n === 0;
}

/**
 * Puts `settings` back on a session booted from a stored state; true when the session then shows
 * exactly them. Who the session is goes last: once it is not the superuser, it may no longer set
 * the others.
 */
export async function restoreSessionSettings(db: Session, settings: SessionSettings): Promise<boolean> {
  const last = ['session_authorization', 'role'];
  const ordered = [
    ...settings.filter(([name]) => !last.includes(name)),
    ...last.flatMap((name) => settings.filter(([n]) => n === name)),
  ];
  try {
    for (const [name, value] of ordered) await db.query('SELECT set_config($1, $2, false)', [name, value]);
    return JSON.stringify(await sessionSettings(db)) === JSON.stringify(settings);
  } catch {
    return false;
  }
}
