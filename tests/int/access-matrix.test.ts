/**
 * Every cell of collection × role × operation, through the Local API (real users,
 * overrideAccess: false) and through REST (Payload's endpoint handler with a real JWT).
 * A = allowed, - = refused, · = not applicable. Liaison cells use an item of the liaison's own unit.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PublicSlug, publicSlugs } from '../../cms/domain/contentTypes/index.ts'
import type { Role } from '../../cms/domain/roles.ts'
import { makeRefs, type Refs, validDataFor } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

type Actor = 'anonymous' | Role
// unpublish, editLive (a direct, non-draft change of a published document) and restore (a version
// of a published document) are what the review workflow keeps from editors and liaisons.
type Op = 'create' | 'read' | 'update' | 'delete' | 'publish' | 'unpublish' | 'editLive' | 'restore'
const ACTORS: Actor[] = ['anonymous', 'unitLiaison', 'editor', 'reviewer', 'admin']
const OPS: Op[] = ['create', 'read', 'update', 'delete', 'publish', 'unpublish', 'editLive', 'restore']
const WORKFLOW = { unpublish: '---AA', editLive: '---AA', restore: '---AA' }
const NONE = { unpublish: '·····', editLive: '·····', restore: '·····' }

// Columns: anonymous, unitLiaison, editor, reviewer, admin. Read = reading a draft (or, for
// collections without drafts, any document); everyone reads published documents.
/** A public type: staff write, reviewers and admins publish and delete; the review workflow holds. */
const PUBLIC_TYPE: Record<Op, string> = { create: '--AAA', read: '--AAA', update: '--AAA', delete: '---AA', publish: '---AA', ...WORKFLOW }
/** Public types whose unit liaisons work on their own unit's items. */
const LIAISON_TYPES: Partial<Record<PublicSlug, Record<Op, string>>> = {
  'good-people': { create: '-AAAA', read: '-AAAA', update: '-AAAA', delete: '---AA', publish: '---AA', ...WORKFLOW },
  exposures: { create: '--AAA', read: '-AAAA', update: '-AAAA', delete: '---AA', publish: '---AA', ...WORKFLOW },
  projects: { create: '--AAA', read: '-AAAA', update: '-AAAA', delete: '---AA', publish: '---AA', ...WORKFLOW },
  'volunteer-activities': { create: '-AAAA', read: '-AAAA', update: '-AAAA', delete: '---AA', publish: '---AA', ...WORKFLOW },
  'practice-centres': { create: '-AAAA', read: '-AAAA', update: '-AAAA', delete: '---AA', publish: '---AA', ...WORKFLOW },
  // 留言: the liaison of the unit a message is routed to reads it and drafts the reply (cms/collections/Messages/access.ts).
  messages: { create: '--AAA', read: '-AAAA', update: '-AAAA', delete: '---AA', publish: '---AA', ...WORKFLOW },
}
// Every public type of the content-type table, so a new type is in the matrix without touching this file.
const EXPECTED: Record<string, Record<Op, string>> = {
  ...Object.fromEntries(publicSlugs.map((slug) => [slug, LIAISON_TYPES[slug] ?? PUBLIC_TYPE])),
  units: { create: '----A', read: 'AAAAA', update: '----A', delete: '----A', publish: '·····', ...NONE },
  users: { create: '----A', read: '----A', update: '----A', delete: '----A', publish: '·····', ...NONE },
}
const DRAFTED = new Set<string>(publicSlugs)

let ctx: TempPayload
let refs: Refs
const users: Partial<Record<Actor, { id: number | string; email: string; token: string }>> = {}
let adminUser: Awaited<ReturnType<typeof makeUser>> | undefined

beforeAll(async () => {
  ctx = await startTempPayload('access')
  refs = await makeRefs(ctx.payload)
  for (const role of ['unitLiaison', 'editor', 'reviewer', 'admin'] as const) {
    const user = await makeUser(ctx.payload, role, role === 'unitLiaison' ? refs.unit : undefined)
    if (role === 'admin') adminUser = user
    users[role] = { id: user.id, email: user.email, token: await tokenFor(ctx, user.email) }
  }
})
afterAll(() => ctx.close())

/** A fresh document to act on: a submitted draft for drafted collections (so publish is a real review step). */
async function target(payload: Payload, slug: string): Promise<number | string> {
  const data = validDataFor(slug, refs)
  const drafted = DRAFTED.has(slug)
  const doc: { id: number | string } = await payload.create({
    collection: slug as 'bulletins',
    data: { ...data, ...(drafted ? { reviewState: 'submitted' } : {}) } as never,
    draft: drafted,
    overrideAccess: true,
  })
  return doc.id
}

/** A published document with one version to restore. */
async function publishedTarget(slug: string): Promise<{ id: number | string; version: number | string }> {
  const doc: { id: number | string } = await ctx.payload.create({
    collection: slug as 'bulletins',
    data: { ...validDataFor(slug, refs), _status: 'published' } as never,
    overrideAccess: true,
  })
  const versions = await ctx.payload.findVersions({
    collection: slug as 'bulletins',
    where: { parent: { equals: doc.id } },
    overrideAccess: true,
  })
  return { id: doc.id, version: versions.docs[0]?.id as number | string }
}

async function outcome(run: () => Promise<{ status: number; json: Record<string, unknown> }>): Promise<string> {
  const { status, json } = await run()
  if (status >= 200 && status < 300) {
    const docs = (json.docs as unknown[] | undefined) ?? undefined
    return docs && docs.length === 0 ? '-' : 'A'
  }
  if ([401, 403, 404].includes(status)) return '-'
  const errors = JSON.stringify(json.errors ?? json)
  return errors.includes('_status') || errors.includes('发布') ? '-' : `?${status}:${errors.slice(0, 160)}`
}

async function localCall(actor: Actor, slug: string, op: Op): Promise<{ status: number; json: Record<string, unknown> }> {
  const user =
    actor === 'anonymous'
      ? undefined
      : actor === 'admin'
        ? adminUser
        : await ctx.payload.findByID({ collection: 'users', id: users[actor]?.id as number, overrideAccess: true })
  const collection = slug as never
  const live = ['unpublish', 'editLive', 'restore'].includes(op) ? await publishedTarget(slug) : undefined
  const id = live?.id ?? (await target(ctx.payload, slug))
  const draft = DRAFTED.has(slug)
  const common = { collection, user, overrideAccess: false as const }
  try {
    if (op === 'unpublish') {
      await ctx.payload.update({ ...common, id, data: { _status: 'draft' } as never })
    } else if (op === 'editLive') {
      await ctx.payload.update({ ...common, id, data: (slug === 'exposures' ? { rectification: { reply: '直接改线上' } } : {}) as never })
    } else if (op === 'restore') {
      await ctx.payload.restoreVersion({ ...common, id: live?.version as never })
    } else if (op === 'create') {
      await ctx.payload.create({ ...common, data: validDataFor(slug, refs) as never, draft })
    } else if (op === 'read') {
      const found = await ctx.payload.find({ ...common, where: { id: { equals: id } }, draft })
      return { status: 200, json: { docs: found.docs } }
    } else if (op === 'update') {
      await ctx.payload.update({
        ...common,
        id,
        data: (slug === 'users' ? { name: '改名' } : slug === 'exposures' ? { rectification: { reply: '已安排整改' } } : {}) as never,
        draft,
      })
    } else if (op === 'delete') {
      await ctx.payload.delete({ ...common, id })
    } else {
      await ctx.payload.update({ ...common, id, data: { _status: 'published' } as never })
    }
    return { status: 200, json: {} }
  } catch (error) {
    const err = error as { status?: number; data?: unknown; message?: string }
    return { status: err.status ?? 500, json: { errors: err.data ?? err.message } }
  }
}

async function restCall(actor: Actor, slug: string, op: Op) {
  const token = actor === 'anonymous' ? undefined : users[actor]?.token
  if (op === 'unpublish' || op === 'editLive' || op === 'restore') {
    const live = await publishedTarget(slug)
    if (op === 'restore') return rest(ctx, 'POST', `/${slug}/versions/${live.version}`, { token })
    return rest(ctx, 'PATCH', `/${slug}/${live.id}`, { token, body: op === 'unpublish' ? { _status: 'draft' } : {} })
  }
  const id = await target(ctx.payload, slug)
  const draft = DRAFTED.has(slug) ? '?draft=true' : ''
  if (op === 'create') return rest(ctx, 'POST', `/${slug}${draft}`, { token, body: validDataFor(slug, refs) })
  if (op === 'read') return rest(ctx, 'GET', `/${slug}?where[id][equals]=${id}${draft ? '&draft=true' : ''}`, { token })
  if (op === 'update') return rest(ctx, 'PATCH', `/${slug}/${id}${draft}`, { token, body: slug === 'users' ? { name: '改名' } : {} })
  if (op === 'delete') return rest(ctx, 'DELETE', `/${slug}/${id}`, { token })
  return rest(ctx, 'PATCH', `/${slug}/${id}`, { token, body: { _status: 'published' } })
}

async function matrixFor(call: (actor: Actor, slug: string, op: Op) => Promise<{ status: number; json: Record<string, unknown> }>) {
  const result: Record<string, Record<Op, string>> = {}
  for (const slug of Object.keys(EXPECTED)) {
    result[slug] = {} as Record<Op, string>
    for (const op of OPS) {
      let row = ''
      for (const actor of ACTORS) row += EXPECTED[slug]?.[op] === '·····' ? '·' : await outcome(() => call(actor, slug, op))
      result[slug][op] = row
    }
  }
  return result
}

describe('access matrix', () => {
  it('should match every cell through the Local API with overrideAccess: false', async () => {
    expect(await matrixFor(localCall)).toEqual(EXPECTED)
    // Every cell of every type of the table: grows with each new type (about 30 s here with 15 types).
  }, 180_000)

  it('should match every cell through REST', async () => {
    expect(await matrixFor(restCall)).toEqual(EXPECTED)
  }, 180_000)
})
