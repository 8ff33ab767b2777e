/**
 * Gives the public documents saved before feed GUIDs were stored their GUID and first-publish date
 * (issue 25), in SQL on the SQLite tables (no hooks: nothing is re-published or re-dated). Run by the
 * migration that adds the fields. Plain SQL, not the Payload API: a migration runs with today's config,
 * whose collections may have columns later migrations add, so an API query would fail on an old
 * database. Safe to run again (documents that have a GUID are left alone). The GUID is the one the
 * feeds already showed (cms/domain/feeds/feedIdentity.ts backfilledFeedId); the document's versions
 * get the same values, because a save reads the latest version as the document it changes.
 * MongoDB runs no migrations: there a document saved before this change gets its GUID on its next save.
 */
import { sql } from '@payloadcms/db-sqlite'
import { publicSlugs } from '../domain/contentTypes/index.ts'

type Query = ReturnType<typeof sql>
export type SqlDb = { all: (query: Query) => Promise<unknown[]>; run: (query: Query) => Promise<unknown> }

const tableOf = (slug: string): string => slug.replace(/-/g, '_')

async function hasColumn(db: SqlDb, table: string, column: string): Promise<boolean> {
  const rows = await db.all(sql`SELECT name FROM pragma_table_info(${table}) WHERE name = ${column}`)
  return rows.length > 0
}

/** A random RFC 4122 version-4 UUID as a `urn:uuid:` (only when there is no site address to keep). */
const FRESH = sql`'urn:uuid:' || lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`

export async function backfillFeedIdentity(db: SqlDb, siteUrl: string | undefined): Promise<number> {
  let changed = 0
  for (const slug of publicSlugs) {
    const name = tableOf(slug)
    if (!(await hasColumn(db, name, 'feed_id'))) continue
    const table = sql.identifier(name)
    const [row] = (await db.all(sql`SELECT count(*) AS n FROM ${table} WHERE feed_id IS NULL`)) as { n: number }[]
    const missing = Number(row?.n ?? 0)
    if (missing === 0) continue
    const guid = siteUrl ? sql`${new URL(`/_id/${slug}/`, siteUrl).toString()} || id` : FRESH
    await db.run(
      sql`UPDATE ${table} SET feed_id = ${guid}, first_published_at = COALESCE(first_published_at, CASE WHEN _status = 'published' THEN created_at END) WHERE feed_id IS NULL`,
    )
    const versionsName = `_${name}_v`
    if (await hasColumn(db, versionsName, 'version_feed_id')) {
      const versions = sql.identifier(versionsName)
      await db.run(
        sql`UPDATE ${versions} SET version_feed_id = (SELECT feed_id FROM ${table} WHERE ${table}.id = ${versions}.parent_id), version_first_published_at = COALESCE(version_first_published_at, (SELECT first_published_at FROM ${table} WHERE ${table}.id = ${versions}.parent_id)) WHERE version_feed_id IS NULL`,
      )
    }
    changed += missing
  }
  return changed
}
