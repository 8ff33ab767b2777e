/**
 * Real transactions on the embedded SQLite database (cms/sqliteWriter.ts): a save that fails after
 * its first write leaves nothing; what one process writes in a turn is committed once; another
 * process's lock is waited for without blocking the event loop; many writers at once all land.
 */
import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneWriterAtATime } from '../../cms/oneWriter.ts'
import { writerOf } from '../../cms/sqliteInstall.ts'
import { takeWriteLock } from '../helpers/foreignLock.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
const run = (payload: Payload, text: string) =>
  (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle.run(sql.raw(text))
const count = async (collection: 'units' | 'knowledge', payload = ctx.payload) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs
/** Run `attempt` while every new version row of 知识 is refused (a failure after the document row is written). */
async function withVersionsRefused(attempt: () => Promise<void>): Promise<void> {
  await run(ctx.payload, `CREATE TRIGGER refuse_versions BEFORE INSERT ON _knowledge_v BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END`)
  try {
    await attempt()
  } finally {
    await run(ctx.payload, 'DROP TRIGGER refuse_versions')
  }
}
let next = 0
const unit = () => ({ name: `事务单位${++next}`, kind: 'community' as const, code: `tx-${next}` })

beforeAll(async () => {
  ctx = await startTempPayload('sqlite-tx')
}, 120_000)
afterAll(async () => ctx?.close())

describe('a save that fails after its first write', () => {
  it('should store no document when its version row is refused', async () => {
    const before = await count('knowledge')
    await withVersionsRefused(async () => {
      await expect(
        ctx.payload.create({
          collection: 'knowledge',
          data: { question: '半途失败的问题', answer: null as never },
          draft: true,
          overrideAccess: true,
        }),
      ).rejects.toThrow()
      expect(await count('knowledge')).toBe(before)
    })
  })

  it('should keep the old text when an edit fails after writing the document row', async () => {
    const doc = await ctx.payload.create({ collection: 'knowledge', data: { question: '原来的问题' }, draft: true, overrideAccess: true })
    await withVersionsRefused(async () => {
      await expect(
        ctx.payload.update({
          collection: 'knowledge',
          id: doc.id,
          data: { question: '改了一半的问题' },
          draft: true,
          overrideAccess: true,
        }),
      ).rejects.toThrow()
    })
    const rows = (await run(ctx.payload, `SELECT question FROM knowledge WHERE id = ${Number(doc.id)}`)) as { rows: { question: string }[] }
    expect(rows.rows[0]?.question).toBe('原来的问题')
  })
})

describe('oneWriterAtATime: one transaction', () => {
  it('should leave nothing of a write that fails after its first statement', async () => {
    const before = await count('units')
    await expect(
      oneWriterAtATime(ctx.payload, async () => {
        await ctx.payload.create({ collection: 'units', data: unit(), overrideAccess: true })
        await ctx.payload.create({ collection: 'units', data: unit(), overrideAccess: true })
        throw new Error('the third step fails')
      }),
    ).rejects.toThrow('the third step fails')
    expect(await count('units')).toBe(before)
  })

  it('should see its own writes inside and show them to others only after the commit', async () => {
    const other = await getPayload({ config: ctx.config, key: `${ctx.key}-reader` })
    const before = await count('units', other)
    let seenInside = -1
    let seenOutside = -1
    await oneWriterAtATime(ctx.payload, async () => {
      await ctx.payload.create({ collection: 'units', data: unit(), overrideAccess: true })
      seenInside = await count('units')
      seenOutside = await count('units', other)
    })
    expect(seenInside).toBe(before + 1)
    expect(seenOutside).toBe(before)
    expect(await count('units', other)).toBe(before + 1)
  })
})

describe('many writers', () => {
  it('should land every one of 40 parallel saves from two Payload instances on one file, none lost', async () => {
    const second = await getPayload({ config: ctx.config, key: `${ctx.key}-second` })
    const before = await count('units')
    const saves = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? second : ctx.payload).create({ collection: 'units', data: unit(), overrideAccess: true }),
    )
    const results = await Promise.allSettled(saves)
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    expect(await count('units')).toBe(before + 40)
  })

  it("should wait for another process's write lock without blocking the event loop", async () => {
    const foreign = createClient({ url: ctx.settings.database.kind === 'sqlite' ? `file:${ctx.dir}/test.db` : '' })
    const before = await count('units')
    await takeWriteLock(foreign)
    let ticks = 0
    const ticker = setInterval(() => ticks++, 10)
    const save = ctx.payload.create({ collection: 'units', data: unit(), overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, 300))
    clearInterval(ticker)
    expect(ticks).toBeGreaterThan(10) // the loop kept running while the save waited
    expect(await count('units')).toBe(before) // and the save did not get around the lock
    await foreign.execute('COMMIT')
    await save
    expect(await count('units')).toBe(before + 1)
    foreign.close()
  })
})

describe('the writer connection', () => {
  it('should run with foreign keys on and the configured synchronous level', async () => {
    const writer = writerOf(ctx.payload.db)
    expect(writer).not.toBeNull()
    const pragma = async (name: string) => Object.values((await writer?.conn.execute(`PRAGMA ${name}`))?.rows[0] ?? {})[0]
    expect(await pragma('foreign_keys')).toBe(1)
    expect(await pragma('synchronous')).toBe(1) // NORMAL, the default of SQLITE_SYNCHRONOUS
    expect(await pragma('busy_timeout')).toBe(0) // waits are async: the queue, a probe connection, sleeps
  })
})
