/**
 * A write that waits too long for the embedded database (another process holds its write lock) is
 * refused with a clear 503 on every REST route — an editor's save in the admin included — with
 * Retry-After and a message saying nothing was saved; nothing is half-written, and the same save goes
 * through once the lock is gone (cms/sqliteWriter.ts, cms/hooks/answerWriterBusy.ts).
 */
import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WRITER_BUSY_MESSAGE } from '../../cms/domain/writerBusy.ts'
import { writerOf } from '../../cms/sqliteInstall.ts'
import { takeWriteLock } from '../helpers/foreignLock.ts'
import { graphql } from '../helpers/graphql.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser, TEST_PASSWORD } from '../helpers/users.ts'

let ctx: TempPayload
let editor: string
let admin: string
let foreign: Client

beforeAll(async () => {
  ctx = await startTempPayload('writer-busy')
  const writer = writerOf(ctx.payload.db)
  if (!writer) throw new Error('the test database is not SQLite with our writer')
  writer.waitMs = 600 // 15 s in production: WRITE_WAIT_MS
  editor = await tokenFor(ctx, (await makeUser(ctx.payload, 'editor')).email, TEST_PASSWORD)
  admin = await tokenFor(ctx, (await makeUser(ctx.payload, 'admin')).email, TEST_PASSWORD)
  foreign = createClient({ url: `file:${ctx.dir}/test.db` })
}, 120_000)
afterAll(async () => {
  foreign?.close()
  await ctx?.close()
})

/** Runs `attempt` while another connection (another process, to SQLite) holds the write lock. */
async function whileLocked<T>(attempt: () => Promise<T>): Promise<T> {
  await takeWriteLock(foreign)
  try {
    return await attempt()
  } finally {
    await foreign.execute('ROLLBACK')
  }
}

const count = async (collection: 'knowledge' | 'units') => (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs

describe('a save while the database stays locked', () => {
  it("should answer an editor's new item 503 with Retry-After, keep nothing, and take the same save afterwards", async () => {
    const before = await count('knowledge')
    const body = { question: '锁住时保存的问题', answer: null }
    const refused = await whileLocked(() => rest(ctx, 'POST', '/knowledge?draft=true', { token: editor, body }))
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('5')
    expect(refused.json).toEqual({ errors: [{ message: WRITER_BUSY_MESSAGE }] })
    expect(await count('knowledge')).toBe(before)

    const saved = await rest(ctx, 'POST', '/knowledge?draft=true', { token: editor, body })
    expect(saved.status).toBe(201)
    expect(await count('knowledge')).toBe(before + 1)
  })

  it('should keep the old text of an edit refused for the lock', async () => {
    const unit = await ctx.payload.create({
      collection: 'units',
      data: { name: '锁前的名字', kind: 'community', code: 'busy-1' },
      overrideAccess: true,
    })
    const refused = await whileLocked(() => rest(ctx, 'PATCH', `/units/${unit.id}`, { token: admin, body: { name: '锁住时改的名字' } }))
    expect(refused.status).toBe(503)
    expect(refused.json).toEqual({ errors: [{ message: WRITER_BUSY_MESSAGE }] })
    const after = await ctx.payload.findByID({ collection: 'units', id: unit.id, overrideAccess: true })
    expect(after.name).toBe('锁前的名字')
  })

  it('should tell a GraphQL mutation the database was busy (not "Something went wrong.") and keep the old text', async () => {
    const unit = await ctx.payload.create({
      collection: 'units',
      data: { name: 'GraphQL 锁前的名字', kind: 'community', code: 'busy-gql' },
      overrideAccess: true,
    })
    const mutation = `mutation { updateUnit(id: ${unit.id}, data: { name: "GraphQL 改的名字" }) { name } }`
    const refused = await whileLocked(() => graphql(ctx, mutation, admin))
    expect(refused.data?.updateUnit ?? null).toBeNull()
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toMatchObject({ message: WRITER_BUSY_MESSAGE, extensions: { statusCode: 503, retryAfter: 5 } })
    const kept = await ctx.payload.findByID({ collection: 'units', id: unit.id, overrideAccess: true })
    expect(kept.name).toBe('GraphQL 锁前的名字')

    const saved = await graphql(ctx, mutation, admin)
    expect(saved.errors).toEqual([])
    expect(saved.data?.updateUnit).toEqual({ name: 'GraphQL 改的名字' })
  })

  it('should still answer a refused write 403 (access is checked before any write), not 503', async () => {
    const refused = await whileLocked(() =>
      rest(ctx, 'POST', '/units', { token: editor, body: { name: '编辑无权新建', kind: 'community' } }),
    )
    expect(refused.status).toBe(403)
  })

  it('should answer other errors as before (a bad field is 400 naming it, not 503)', async () => {
    const bad = await rest(ctx, 'POST', '/units', { token: admin, body: { name: '', kind: 'community' } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('name')
  })
})
