/**
 * The routes file kept in the builder's memory (publisher/siteRoutesMemory.ts): after each kind of
 * change (publish, rename, unpublish, republish, delete, a unit rename) its incremental read equals a
 * whole read (readSiteRoutes), and it reads only what changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { readSiteRoutes } from '../../publisher/siteRoutes.ts'
import { FULL_EVERY_MS, SiteRoutesMemory } from '../../publisher/siteRoutesMemory.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
let memory: SiteRoutesMemory
const as = (user?: User) => ({ user, overrideAccess: false as const })

beforeAll(async () => {
  ctx = await startTempPayload('routes-memory')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  memory = new SiteRoutesMemory(ctx.payload)
})
afterAll(() => ctx.close())

async function publish(data: Record<string, unknown>) {
  const draft = await ctx.payload.create({ collection: 'bulletins', data: data as never, draft: true, ...as(editor) })
  return republish(draft.id as number, {})
}
async function republish(id: number, data: Record<string, unknown>) {
  await ctx.payload.update({
    collection: 'bulletins',
    id,
    data: { ...data, reviewState: 'submitted' } as never,
    draft: true,
    ...as(editor),
  })
  return ctx.payload.update({ collection: 'bulletins', id, data: { _status: 'published' } as never, ...as(reviewer) })
}

/** The kept routes equal a whole read now. */
async function same(): Promise<void> {
  const now = new Date()
  const kept = await memory.read(now)
  expect(kept).toEqual(await readSiteRoutes(ctx.payload, now))
}

describe('the routes file kept between builds', () => {
  let id = 0
  it('should read everything the first time', async () => {
    id = (await publish({ ...validData.bulletins(), slug: 'memory-first' })).id as number
    await same()
    expect(memory.lastRead.full).toBe(true)
  })

  it('should equal a whole read after a rename, reading only what changed', async () => {
    await publish({ ...validData.bulletins(), slug: 'memory-other' })
    await republish(id, { slug: 'memory-second' })
    await same()
    expect(memory.lastRead.full).toBe(false)
    // The records written within the overlap are read again, never the whole table once it grows.
    expect(memory.lastRead.records).toBeGreaterThan(0)
    const routes = await memory.read(new Date())
    expect(routes.moved['/bulletins/memory-first/']).toBe('/bulletins/memory-second/')
  })

  it('should equal a whole read after an unpublish and a republish', async () => {
    await ctx.payload.update({ collection: 'bulletins', id, data: { _status: 'draft' } as never, ...as(reviewer) })
    await same()
    expect((await memory.read(new Date())).gone).toContain('/bulletins/memory-second/')
    await republish(id, { slug: 'memory-third' })
    await same()
    expect((await memory.read(new Date())).moved['/bulletins/memory-second/']).toBe('/bulletins/memory-third/')
  })

  it('should equal a whole read after a delete (410 for the deleted item)', async () => {
    await ctx.payload.delete({ collection: 'bulletins', id, ...as(reviewer) })
    await same()
    expect(memory.lastRead.full).toBe(false)
    expect((await memory.read(new Date())).gone).toContain('/bulletins/memory-third/')
  })

  it('should equal a whole read after a unit is renamed (its board pages move too)', async () => {
    await ctx.payload.update({ collection: 'units', id: refs.unit, data: { slug: 'memory-unit' } as never, overrideAccess: true })
    await same()
  })

  it('should read everything again after reset()', async () => {
    memory.reset()
    await same()
    expect(memory.lastRead.full).toBe(true)
  })

  it('should read everything ahead of time once (warm), then only what changed, reads waiting for one another', async () => {
    const fresh = new SiteRoutesMemory(ctx.payload)
    // Started together: the build's read waits for the warm-up and builds on it (incremental), never two reads at once.
    const warming = fresh.warm()
    const [, kept] = await Promise.all([warming, fresh.read(new Date())])
    expect(fresh.lastRead.full).toBe(false)
    expect(kept).toEqual(await readSiteRoutes(ctx.payload, new Date()))
    // Warm again does nothing once something was read.
    await fresh.warm()
    expect(fresh.lastRead.full).toBe(false)
    const id2 = (await publish({ ...validData.bulletins(), slug: 'memory-warm' })).id as number
    await republish(id2, { slug: 'memory-warm-2' })
    const now = new Date()
    expect(await fresh.read(now)).toEqual(await readSiteRoutes(ctx.payload, now))
    expect(fresh.lastRead.full).toBe(false)
  })

  it('should read everything again in the background once the hour is up, never inside a read, losing no change made meanwhile', async () => {
    const fresh = new SiteRoutesMemory(ctx.payload)
    await fresh.read(new Date())
    await fresh.read(new Date())
    expect(fresh.lastRead.full).toBe(false)
    // Not due: nothing read.
    expect(await fresh.refreshIfDue()).toBe(false)
    expect(fresh.lastRead.full).toBe(false)
    // Due (an hour later by the clock given): the whole read runs beside a publish and its read, which stays incremental.
    const refreshing = fresh.refreshIfDue(Date.now() + FULL_EVERY_MS + 1)
    const id3 = (await publish({ ...validData.bulletins(), slug: 'memory-refresh' })).id as number
    const during = await fresh.read(new Date())
    expect(during).toEqual(await readSiteRoutes(ctx.payload, new Date()))
    expect(await refreshing).toBe(true)
    // After the swap, reads are incremental again and see a rename made after it.
    await republish(id3, { slug: 'memory-refresh-2' })
    const now = new Date()
    const after = await fresh.read(now)
    expect(fresh.lastRead.full).toBe(false)
    expect(after).toEqual(await readSiteRoutes(ctx.payload, now))
    expect(after.moved['/bulletins/memory-refresh/']).toBe('/bulletins/memory-refresh-2/')
  })
})
