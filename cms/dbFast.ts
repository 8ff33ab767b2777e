/**
 * Hot anonymous writes without Payload's create and find operations (no hooks, no validation, no
 * read back), SQL statements written by hand (SQLite and PostgreSQL alike), MongoDB through Payload: for rows whose data the
 * caller has checked, e.g. survey answers (cms/collections/Surveys/endpoints/commit.ts), where a
 * Payload create costs ten times the insert. The adapter-specific part of cms/db.ts's promise.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export type FastInsert = { ok: true; id: number | string } | { ok: false; conflict: string }

type Query = ReturnType<typeof sql>
/** Whether the hand-written SQL path runs (SQLite and PostgreSQL); MongoDB goes through Payload. */
const isSql = (payload: Payload): boolean => payload.db.name === 'sqlite' || payload.db.name === 'postgres'

/** The rows a statement answers, on SQLite (`all`) or PostgreSQL (`execute` → rows). */
async function rowsOf<T>(payload: Payload, query: Query): Promise<T[]> {
  const db = (payload.db as unknown as { drizzle: { all: (q: Query) => Promise<T[]>; execute: (q: Query) => Promise<{ rows: T[] }> } })
    .drizzle
  if (payload.db.name === 'postgres') return (await db.execute(query)).rows
  return db.all(query)
}

/** The column a unique-index violation names: SQLite's "UNIQUE constraint failed: t.col", PostgreSQL's 23505 "Key (col)=…". */
function conflictColumn(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; detail?: string } })?.cause
  const pgError = cause?.code ? cause : (error as { code?: string; detail?: string })
  if (pgError?.code === '23505') return /Key \("?(\w+)"?[,)]/.exec(pgError.detail ?? '')?.[1] ?? 'unknown'
  const text = `${(error as Error)?.message ?? ''} ${String(cause ?? '')}`
  return /UNIQUE constraint failed: [\w"]+\.(\w+)/.exec(text)?.[1]
}

/**
 * One row into a collection without Payload's create operation (no hooks, no validation, no read
 * back): for hot anonymous writes whose data the caller has checked, e.g. survey answers
 * (cms/collections/Surveys/endpoints/store.ts), where Payload's create costs ten times the insert.
 * `row` maps column names (snake_case on SQLite) to values; `fields` the same data by field name for
 * MongoDB, which goes through Payload. A unique-index violation answers `conflict` with the
 * column (or field) it names instead of throwing.
 */
export async function insertFast(
  payload: Payload,
  collection: string,
  table: string,
  row: Record<string, string | number | null>,
  fields: Record<string, unknown>,
): Promise<FastInsert> {
  if (!isSql(payload)) {
    try {
      const doc = await payload.create({
        collection: collection as never,
        data: fields as never,
        overrideAccess: true,
        disableTransaction: true,
        depth: 0,
      })
      return { ok: true, id: (doc as { id: number | string }).id }
    } catch (error) {
      const text = `${(error as Error)?.message} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`
      const field = Object.keys(fields).find((name) => text.includes(name))
      if (/unique|duplicate|E11000/i.test(text) || field) return { ok: false, conflict: field ?? 'unknown' }
      throw error
    }
  }
  const columns = Object.keys(row)
  const now = new Date().toISOString()
  const values = [...columns.map((column) => row[column] ?? null), now, now]
  const names = sql.raw([...columns, 'created_at', 'updated_at'].map((column) => `"${column.replaceAll('"', '')}"`).join(', '))
  const placeholders = sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )
  try {
    const [inserted] = await rowsOf<{ id: number }>(
      payload,
      sql`INSERT INTO ${sql.raw(`"${table.replaceAll('"', '')}"`)} (${names}) VALUES (${placeholders}) RETURNING id`,
    )
    return { ok: true, id: Number(inserted?.id) }
  } catch (error) {
    const conflict = conflictColumn(error)
    if (conflict) return { ok: false, conflict }
    throw error
  }
}

export type FastRow = { row: Record<string, string | number | null>; fields: Record<string, unknown> }

/**
 * Many rows into a collection with ONE statement (a group commit, e.g. survey answers): on SQLite a
 * multi-row `INSERT … ON CONFLICT DO NOTHING RETURNING`, which writes all of its rows or, when it
 * throws, none; a row refused by a unique index is skipped, not an error. Answers the `key` column
 * of the rows it stored, so each caller learns whether its own row was. All rows have the same
 * columns. MongoDB: one insert per row through insertFast (a refused row is skipped likewise).
 */
export async function insertManyFast(
  payload: Payload,
  collection: string,
  table: string,
  rows: readonly FastRow[],
  key: { column: string; field: string },
): Promise<Set<string>> {
  const stored = new Set<string>()
  if (rows.length === 0) return stored
  if (!isSql(payload)) {
    for (const { row, fields } of rows) {
      const one = await insertFast(payload, collection, table, row, fields)
      if (one.ok) stored.add(String(fields[key.field]))
    }
    return stored
  }
  const quote = (name: string) => `"${name.replaceAll('"', '')}"`
  const columns = Object.keys((rows[0] as FastRow).row)
  const now = new Date().toISOString()
  const tuples = rows.map(
    ({ row }) => sql`(${sql.join([...columns.map((column) => sql`${row[column] ?? null}`), sql`${now}`, sql`${now}`], sql`, `)})`,
  )
  const names = sql.raw([...columns, 'created_at', 'updated_at'].map(quote).join(', '))
  const returned = await rowsOf<Record<string, unknown>>(
    payload,
    sql`INSERT INTO ${sql.raw(quote(table))} (${names}) VALUES ${sql.join(tuples, sql`, `)} ON CONFLICT DO NOTHING RETURNING ${sql.raw(quote(key.column))}`,
  )
  for (const row of returned) stored.add(String(row[key.column]))
  return stored
}

/**
 * The values of one column of the rows whose columns hold one of the given values (every condition
 * must hold), without Payload's read hooks: for hot checks on rows the caller wrote itself, e.g.
 * the browser digests and slots of a batch of survey answers. `column`/`field`: the SQLite column and
 * the field name (MongoDB goes through Payload).
 */
export async function valuesWhereIn(
  payload: Payload,
  collection: string,
  table: string,
  pick: { column: string; field: string },
  where: { column: string; field: string; values: readonly (string | number)[] }[],
): Promise<string[]> {
  if (where.some((condition) => condition.values.length === 0)) return []
  if (!isSql(payload)) {
    const { docs } = await payload.find({
      collection: collection as never,
      where: { and: where.map(({ field, values }) => ({ [field]: { in: [...values] } })) },
      select: { [pick.field]: true } as never,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return docs.map((doc) => String((doc as Record<string, unknown>)[pick.field]))
  }
  const quote = (name: string) => `"${name.replaceAll('"', '')}"`
  const conditions = where.map(
    ({ column, values }) =>
      sql`${sql.raw(quote(column))} IN (${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )})`,
  )
  const rows = await rowsOf<Record<string, unknown>>(
    payload,
    sql`SELECT ${sql.raw(quote(pick.column))} FROM ${sql.raw(quote(table))} WHERE ${sql.join(conditions, sql` AND `)}`,
  )
  return rows.map((row) => String(row[pick.column]))
}
