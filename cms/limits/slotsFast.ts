/**
 * Rate slots (cms/limits/sharedLimits.ts) claimed for many requests at once, for hot anonymous
 * writes (点赞 browser ids and votes, README "Performance"): the same rows, buckets and unique
 * (bucket, slot) index as takeSlot, so a limit is exact whichever path counted it and in every
 * process. On SQLite and PostgreSQL the free slots are planned from the stored ones (one SELECT) and
 * claimed with ONE multi-row `INSERT … ON CONFLICT DO NOTHING RETURNING`; a slot another process took
 * meanwhile is planned again. Other databases (MongoDB): takeSlot one by one.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { planSlots } from '../domain/surveys/batch.ts'
import { slugs } from '../slugs.ts'

/** One wanted slot: the bucket (bucketOf), the window's cap and end. */
export type SlotClaim = { bucket: string; max: number; expiresAt: number }

/** What runs SQL: the adapter's drizzle, or a transaction of it. */
export type Sql = { all: (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]> }

export const drizzleOf = (payload: Payload): Sql & { transaction: <T>(run: (tx: Sql) => Promise<T>, options?: unknown) => Promise<T> } =>
  (payload.db as unknown as { drizzle: never }).drizzle

/** Whether the hand-written SQL of this file runs (SQLite and PostgreSQL); other databases go through Payload. */
export const isSqlDb = (payload: Payload): boolean => payload.db.name === 'sqlite' || payload.db.name === 'postgres'

type PgRunner = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }
/** PostgreSQL's drizzle (or a transaction of it) as a Sql: `execute` answers { rows }. */
export const pgSql = (db: PgRunner): Sql => ({ all: async (query) => (await db.execute(query)).rows })

/** The adapter's connection as a Sql, on SQLite or PostgreSQL. */
export const sqlOf = (payload: Payload): Sql =>
  payload.db.name === 'postgres' ? pgSql((payload.db as unknown as { drizzle: PgRunner }).drizzle) : drizzleOf(payload)

const ROUNDS = 5
const inList = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/** Which slots of a bucket are taken: slots 0..n-1 with no hole (the usual case, from counts alone), or the stored set. */
type Taken = { has: (slot: number) => boolean }

/**
 * The taken slots of each bucket. One aggregate row per bucket (count and highest slot, read from the
 * unique (bucket, slot) index) instead of every row: a bucket without holes is "0..count-1"; only a
 * bucket with holes (a slot given back) has its rows read.
 */
async function takenSlots(db: Sql, buckets: string[]): Promise<Map<string, Taken>> {
  const taken = new Map<string, Taken>()
  const holey: string[] = []
  const counts = await db.all(
    sql`SELECT bucket, COUNT(*) AS n, MAX(slot) AS top FROM rate_slots WHERE bucket IN (${inList(buckets)}) GROUP BY bucket`,
  )
  for (const row of counts) {
    const n = Number(row.n)
    if (Number(row.top) === n - 1) taken.set(String(row.bucket), { has: (slot) => slot < n })
    else holey.push(String(row.bucket))
  }
  if (holey.length === 0) return taken
  const rows = await db.all(sql`SELECT bucket, slot FROM rate_slots WHERE bucket IN (${inList(holey)})`)
  const sets = new Map<string, Set<number>>()
  for (const row of rows) {
    const bucket = String(row.bucket)
    sets.set(bucket, (sets.get(bucket) ?? new Set()).add(Number(row.slot)))
  }
  for (const [bucket, set] of sets) taken.set(bucket, set)
  return taken
}

/** The slot each claim got, or null when its bucket is full. `db`: a transaction to claim inside, else the adapter. */
export async function claimSlots(payload: Payload, claims: readonly SlotClaim[], db?: Sql): Promise<(number | null)[]> {
  const got: (number | null)[] = claims.map(() => null)
  if (claims.length === 0) return got
  if (!isSqlDb(payload)) {
    for (const [i, claim] of claims.entries()) got[i] = await takeSlotInBucket(payload, claim)
    return got
  }
  let todo = claims.map((_, i) => i)
  for (let round = 0; todo.length > 0; round++) {
    if (round === ROUNDS) throw new Error(`rate slots still contended after ${round} rounds`)
    const taken = await takenSlots(db ?? sqlOf(payload), [...new Set(todo.map((i) => (claims[i] as SlotClaim).bucket))])
    const planned: { i: number; slot: number }[] = []
    for (const max of new Set(todo.map((i) => (claims[i] as SlotClaim).max))) {
      const group = todo.filter((i) => (claims[i] as SlotClaim).max === max)
      const slots = planSlots(
        group.map((i) => (claims[i] as SlotClaim).bucket),
        taken,
        max,
      )
      for (const [j, i] of group.entries()) if (slots[j] !== null) planned.push({ i, slot: slots[j] as number })
    }
    if (planned.length === 0) break
    const now = new Date().toISOString()
    const tuples = planned.map(({ i, slot }) => {
      const claim = claims[i] as SlotClaim
      return sql`(${claim.bucket}, ${slot}, ${new Date(claim.expiresAt).toISOString()}, ${now}, ${now})`
    })
    const stored = await (db ?? sqlOf(payload)).all(
      sql`INSERT INTO rate_slots (bucket, slot, expires_at, updated_at, created_at) VALUES ${sql.join(tuples, sql`, `)} ON CONFLICT DO NOTHING RETURNING bucket, slot`,
    )
    const won = new Set(stored.map((row) => `${row.bucket}#${Number(row.slot)}`))
    for (const { i, slot } of planned) if (won.has(`${(claims[i] as SlotClaim).bucket}#${slot}`)) got[i] = slot
    todo = planned.filter(({ i }) => got[i] === null).map(({ i }) => i)
  }
  return got
}

/** Give claimed slots back (the requests did not count after all). */
export async function releaseSlots(
  payload: Payload,
  slots: readonly { bucket: string; slot: number }[],
  db: Sql = sqlOf(payload),
): Promise<void> {
  if (slots.length === 0) return
  if (!isSqlDb(payload)) {
    for (const { bucket, slot } of slots)
      await payload.delete({
        collection: slugs.rateSlots,
        where: { and: [{ bucket: { equals: bucket } }, { slot: { equals: slot } }] },
        overrideAccess: true,
        disableTransaction: true,
      })
    return
  }
  const pairs = slots.map(({ bucket, slot }) => sql`(bucket = ${bucket} AND slot = ${slot})`)
  await db.all(sql`DELETE FROM rate_slots WHERE ${sql.join(pairs, sql` OR `)} RETURNING id`)
}

/** takeSlot's way for a bucket already computed (other databases): the unique index refuses a slot taken meanwhile. */
async function takeSlotInBucket(payload: Payload, claim: SlotClaim): Promise<number | null> {
  const { docs } = await payload.find({
    collection: slugs.rateSlots,
    where: { bucket: { equals: claim.bucket } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const used = new Set(docs.map((doc) => Number((doc as { slot?: unknown }).slot)))
  for (let slot = 0; slot < claim.max; slot++) {
    if (used.has(slot)) continue
    try {
      await payload.create({
        collection: slugs.rateSlots,
        data: { bucket: claim.bucket, slot, expiresAt: new Date(claim.expiresAt).toISOString() } as never,
        overrideAccess: true,
        disableTransaction: true,
        depth: 0,
      })
      return slot
    } catch {}
  }
  return null
}
