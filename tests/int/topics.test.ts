/**
 * 专题 (topics) on a real Payload: the polymorphic, ordered items, their validation messages, the
 * review workflow, and takedown = gone as the site resolves a topic's items (site/lib/generic.ts):
 * an item unpublished after the topic was published leaves the resolved list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_TYPES, contentTypes } from '../../cms/domain/contentTypes/index.ts'
import type { User } from '../../cms/payload-types.ts'
import { richText } from '../../seed/lexical.ts'
import { type PublishedIndex, resolveRefs } from '../../site/lib/generic.ts'
import { genericEntry } from '../../site/loaders/generic.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
let liaison: User

beforeAll(async () => {
  ctx = await startTempPayload('topics')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
})
afterAll(() => ctx.close())

const as = (user?: User) => ({ user, overrideAccess: false as const })

/** Submitted by an editor, published by a reviewer (the review workflow). */
async function publish(collection: 'topics' | 'news' | 'bulletins', data: Record<string, unknown>) {
  const draft = await ctx.payload.create({ collection, data: data as never, draft: true, ...as(editor) })
  await ctx.payload.update({ collection, id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...as(editor) })
  return ctx.payload.update({ collection, id: draft.id, data: { _status: 'published' }, ...as(reviewer) })
}

/** What anonymous visitors read now, as the site's build does: every public type's published documents by id. */
async function publishedNow(): Promise<PublishedIndex> {
  const index = new Map<string, Map<string, { slug: string; title: string }>>()
  for (const type of contentTypes) {
    const { docs } = await ctx.payload.find({ collection: type.slug, pagination: false, depth: 0, ...as() })
    const rows = docs as unknown as Record<string, unknown>[]
    index.set(
      type.slug,
      new Map(rows.map((doc) => [String(doc.id), { slug: String(doc.slug), title: String(doc.title ?? doc[type.titleField]) }])),
    )
  }
  return index
}

describe('a topic’s items', () => {
  it('should keep items of any public type in the editors’ order', async () => {
    const news = await publish('news', validData.news())
    const bulletin = await publish('bulletins', validData.bulletins())
    const topic = await publish('topics', {
      ...validData.topics(refs),
      items: [
        { relationTo: 'bulletins', value: bulletin.id },
        { relationTo: 'news', value: news.id },
      ],
    })
    const read = await ctx.payload.findByID({ collection: 'topics', id: topic.id, depth: 0, ...as() })
    expect(read.items?.map((item) => [item.relationTo, item.value])).toEqual([
      ['bulletins', bulletin.id],
      ['news', news.id],
    ])
  })

  // Drafts are saved as they are (Payload validates on publish): publishing is refused, naming the field.
  it('should refuse publishing an item listed twice, naming the field', async () => {
    const news = await publish('news', validData.news())
    const items = [
      { relationTo: 'news', value: news.id },
      { relationTo: 'news', value: news.id },
    ]
    expect(await rejectionText(publish('topics', { ...validData.topics(refs), items }))).toContain('[items] 专题内容中有重复的条目')
  })

  it('should never gather a topic into a topic', async () => {
    const other = await publish('topics', validData.topics(refs))
    const items = [{ relationTo: 'topics', value: other.id }]
    const create = ctx.payload.create({
      collection: 'topics',
      data: { ...validData.topics(refs), items } as never,
      draft: true,
      ...as(editor),
    })
    const saved: unknown[] | string = await create.then(
      (doc) => doc.items ?? [],
      (error) => rejectionText(Promise.reject(error)),
    )
    // Refused with the field named, or never stored: either way no topic holds a topic.
    if (Array.isArray(saved)) expect(saved).toEqual([])
    else expect(saved).toContain('[items]')
  })

  it('should name the missing header image and introduction', async () => {
    const text = await rejectionText(ctx.payload.create({ collection: 'topics', data: { title: '缺头图' } as never, ...as(editor) }))
    expect(text).toContain('[headerImage]')
    expect(text).toContain('[intro]')
  })
})

describe('takedown = gone', () => {
  it('should drop an item unpublished after the topic was published, and show a draft only once published', async () => {
    const kept = await publish('news', { ...validData.news(), title: '保留的动态' })
    const takenDown = await publish('bulletins', { ...validData.bulletins(), title: '将下线的通报', body: richText(['正文']) })
    const later = await ctx.payload.create({
      collection: 'news',
      data: { ...validData.news(), title: '尚未发布的动态' },
      draft: true,
      ...as(editor),
    })
    const topic = await publish('topics', {
      ...validData.topics(refs),
      items: [
        { relationTo: 'bulletins', value: takenDown.id },
        { relationTo: 'news', value: later.id },
        { relationTo: 'news', value: kept.id },
      ],
    })
    const entry = async () =>
      genericEntry(
        CONTENT_TYPES.topics.generic,
        (await ctx.payload.findByID({ collection: 'topics', id: topic.id, depth: 1, ...as() })) as never,
        '/media',
      )
    const titles = async () => resolveRefs((await entry()).refs, await publishedNow()).map((ref) => ref.title)
    expect(await titles()).toEqual(['将下线的通报', '保留的动态'])

    await ctx.payload.update({ collection: 'bulletins', id: takenDown.id, data: { _status: 'draft' }, ...as(reviewer) })
    expect(await titles()).toEqual(['保留的动态'])

    await ctx.payload.update({ collection: 'news', id: later.id, data: { reviewState: 'submitted' }, draft: true, ...as(editor) })
    await ctx.payload.update({ collection: 'news', id: later.id, data: { _status: 'published' }, ...as(reviewer) })
    expect(await titles()).toEqual(['尚未发布的动态', '保留的动态'])

    await ctx.payload.delete({ collection: 'news', id: kept.id, ...as(reviewer) })
    expect(await titles()).toEqual(['尚未发布的动态'])
  })
})

describe('as an attacker', () => {
  it('should refuse anonymous visitors and liaisons creating a topic', async () => {
    expect(await rejectionText(ctx.payload.create({ collection: 'topics', data: validData.topics(refs), ...as() }))).toMatch(/无权/)
    expect(
      await rejectionText(ctx.payload.create({ collection: 'topics', data: validData.topics(refs), draft: true, ...as(liaison) })),
    ).toMatch(/无权/)
  })

  it('should refuse an editor publishing a topic directly, and keep drafts from anonymous readers', async () => {
    const draft = await ctx.payload.create({ collection: 'topics', data: validData.topics(refs), draft: true, ...as(editor) })
    expect(
      await rejectionText(ctx.payload.update({ collection: 'topics', id: draft.id, data: { _status: 'published' }, ...as(editor) })),
    ).toContain('[_status]')
    expect((await ctx.payload.find({ collection: 'topics', where: { id: { equals: draft.id } }, draft: true, ...as() })).totalDocs).toBe(0)
  })
})
