/**
 * 留言 as residents, staff and attackers use it (issue 24 item 1): the no-JS form with a photo, the
 * tracking code, routing → the liaison's reply → the reviewer's publish, another unit's liaison and an
 * editor refused, a private message answered through the code only, the one rating, and the REST API
 * read anonymously (nothing private, nothing unpublished). Real Payload on a temp SQLite file.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay } from '../../cms/domain/dates.ts'
import { addWorkingDays, MESSAGE_CHALLENGE, MESSAGE_LIMIT } from '../../cms/domain/messages/index.ts'
import { hashTrackingCode, normalizeTrackingCode } from '../../cms/domain/trackingCode.ts'
import { eraseMessageContacts } from '../../cms/jobs/eraseMessageContacts.ts'
import type { Message, User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { settlePhotos } from '../helpers/photoJobs.ts'
import { codeIn, photo, reportForm, send, solvedChallenge } from '../helpers/residents.ts'
import { rest } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let refs: Refs
let users: Record<'editor' | 'reviewer' | 'liaison' | 'otherLiaison', User>
let counter = 0
const json = async (response: Response) => (await response.json()) as Record<string, unknown>

function messageForm(fields: Record<string, string> = {}, photos: Buffer[] = []) {
  counter += 1
  return reportForm(
    {
      category: 'suggest',
      subject: `建议增设公交站 ${counter}`,
      text: `第 ${counter} 条：小区门口到地铁站没有公交，建议增设一站，方便老人出行。`,
      allowPublic: 'yes',
      contactName: '张三',
      contactPhone: '13800001111',
      ...solvedChallenge(ctx.payload.config.secret, MESSAGE_CHALLENGE),
      ...fields,
    },
    photos.map((data, index) => ({ data, name: `p${index}.jpg` })),
  )
}

const post = (body: FormData, ip = '198.51.100.10', headers: Record<string, string> = {}) =>
  send(ctx, 'POST', '/messages/submit', { body, ip, json: true, headers })

async function submitted(fields: Record<string, string> = {}, photos: Buffer[] = []): Promise<{ code: string; doc: Message }> {
  const response = await post(messageForm(fields, photos), `198.51.100.${100 + counter}`)
  expect(response.status).toBe(201)
  const code = normalizeTrackingCode(String((await json(response)).code)) as string
  const { docs } = await ctx.payload.find({
    collection: 'messages',
    where: { trackingHash: { equals: hashTrackingCode(code) } },
    overrideAccess: true,
  })
  return { code, doc: docs[0] as Message }
}

const count = async () => (await ctx.payload.count({ collection: 'messages', overrideAccess: true })).totalDocs
const as = (user: User) => ({ user, overrideAccess: false as const })
/** The fields a refused save names, with their messages. */
const refusal = async (save: Promise<unknown>): Promise<string> => {
  const error = (await save.then(() => null).catch((caught: unknown) => caught)) as {
    data?: { errors?: { path: string; message: string }[] }
  } | null
  return (error?.data?.errors ?? []).map((item) => `${item.path}: ${item.message}`).join('\n')
}

/** Route to the unit (editor), draft and submit the reply (liaison), publish (reviewer). */
async function answerIt(id: number | string): Promise<Message> {
  await ctx.payload.update({ collection: 'messages', id, data: { unit: refs.unit as number }, draft: true, ...as(users.editor) })
  await ctx.payload.update({
    collection: 'messages',
    id,
    data: { reply: '已会同公交公司研究，下月起增设站点。', reviewState: 'submitted' },
    draft: true,
    ...as(users.liaison),
  })
  return ctx.payload.update({ collection: 'messages', id, data: { _status: 'published' }, ...as(users.reviewer) })
}

beforeAll(async () => {
  ctx = await startTempPayload('messages', { MEDIA_MAX_BYTES: '300000' })
  refs = await makeRefs(ctx.payload)
  users = {
    editor: await makeUser(ctx.payload, 'editor'),
    reviewer: await makeUser(ctx.payload, 'reviewer'),
    liaison: await makeUser(ctx.payload, 'unitLiaison', refs.unit),
    otherLiaison: await makeUser(ctx.payload, 'unitLiaison', refs.otherUnit),
  }
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('a resident leaving a message', () => {
  it('should store it as a draft with a re-encoded photo, the contact for staff, a hashed code and a deadline of 5 working days', async () => {
    const response = await post(messageForm({}, [await photo(1)]), '198.51.100.1')
    expect(response.status).toBe(201)
    const code = normalizeTrackingCode(String((await json(response)).code)) as string
    const { docs } = await ctx.payload.find({
      collection: 'messages',
      where: { trackingHash: { equals: hashTrackingCode(code) } },
      overrideAccess: true,
    })
    const answered = docs[0] as Message
    // Answered before the photo is processed: 照片处理中, no media yet.
    expect(answered).toMatchObject({ photoStatus: 'pending', photos: [] })
    await settlePhotos(ctx.payload)
    const doc = (await ctx.payload.findByID({ collection: 'messages', id: answered.id, overrideAccess: true, draft: true })) as Message
    expect(doc).toMatchObject({
      _status: 'draft',
      allowPublic: true,
      category: 'suggest',
      photoStatus: 'done',
      contact: { name: '张三', phone: '13800001111' },
    })
    expect(JSON.stringify(doc)).not.toContain(code)
    expect(chinaDay(new Date(new Date(doc.deadline as string).getTime() - 1))).toBe(addWorkingDays(doc.receivedAt as string, 5))
    const media = await ctx.payload.findByID({
      collection: 'media',
      id: (doc.photos as { id: number }[])[0]?.id as number,
      overrideAccess: true,
    })
    expect(media.mimeType).toBe('image/jpeg')
    expect(media.publicUse ?? false).toBe(false)
  })

  it('should answer a no-JS post with a Chinese page carrying the code', async () => {
    const response = await send(ctx, 'POST', '/messages/submit', { body: messageForm(), ip: '198.51.100.2' })
    expect(response.status).toBe(201)
    const html = await response.text()
    expect(html).toContain('留言已收到')
    expect(codeIn(html)).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
  })

  it('should name each bad field in Chinese and store nothing', async () => {
    const before = await count()
    const response = await post(messageForm({ category: 'spam', subject: '', contactPhone: '12' }), '198.51.100.3')
    expect(response.status).toBe(400)
    const { errors } = (await json(response)) as { errors: { field: string; message: string }[] }
    expect(errors.map((error) => error.field)).toEqual(['category', 'subject', 'contactPhone'])
    expect(errors[1]?.message).toContain('留言标题')
    expect(await count()).toBe(before)
  })

  it('should refuse the same message twice in a day with 409', async () => {
    const form = messageForm()
    const text = String(form.get('text'))
    expect((await post(form, '198.51.100.4')).status).toBe(201)
    const again = await post(messageForm({ subject: String(form.get('subject')), text }), '198.51.100.4')
    expect(again.status).toBe(409)
  })
})

describe('an attacker', () => {
  it('should be refused cross-site with 403 before anything is counted or stored', async () => {
    const before = await count()
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const response = await post(messageForm(), '198.51.100.20', headers)
      expect(response.status).toBe(403)
    }
    expect(await count()).toBe(before)
  })

  it('should not reuse a solved challenge', async () => {
    const challenge = solvedChallenge(ctx.payload.config.secret, MESSAGE_CHALLENGE)
    expect((await post(messageForm(challenge), '198.51.100.21')).status).toBe(201)
    const replay = await post(messageForm(challenge), '198.51.100.22')
    expect(replay.status).toBe(400)
    expect((await json(replay)).challenge).toBe('used')
  })

  it('should be limited per network: a flood from one network stops at the limit', async () => {
    const statuses: number[] = []
    for (let i = 0; i < MESSAGE_LIMIT.max + 2; i++) statuses.push((await post(messageForm(), '198.51.100.30')).status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(MESSAGE_LIMIT.max)
    expect(statuses.slice(-2)).toEqual([429, 429])
  })

  it('should get one message from a flood of many networks sharing one solved challenge', async () => {
    const challenge = solvedChallenge(ctx.payload.config.secret, MESSAGE_CHALLENGE)
    const before = await count()
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post(messageForm(challenge), `192.0.2.${i + 1}`).then((response) => response.status)),
    )
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(await count()).toBe(before + 1)
  })

  it('should be refused an oversize body with 413 and nothing stored', async () => {
    const before = await count()
    const response = await post(messageForm({ text: 'x'.repeat(1_100_000) }), '198.51.100.40')
    expect(response.status).toBe(413)
    expect(await count()).toBe(before)
  })

  it('should be caught by the honeypot', async () => {
    expect((await post(messageForm({ website: 'http://spam.example' }), '198.51.100.41')).status).toBe(400)
  })
})

describe('answering: route, liaison drafts, reviewer publishes', () => {
  it('should refuse another unit’s liaison, refuse an editor publishing, and publish message and reply together', async () => {
    const { doc } = await submitted()
    await ctx.payload.update({ collection: 'messages', id: doc.id, data: { unit: refs.unit as number }, draft: true, ...as(users.editor) })
    await expect(
      ctx.payload.update({ collection: 'messages', id: doc.id, data: { reply: '越权答复' }, draft: true, ...as(users.otherLiaison) }),
    ).rejects.toMatchObject({ status: 403 })
    const seen = await ctx.payload.find({
      collection: 'messages',
      where: { id: { equals: doc.id } },
      draft: true,
      ...as(users.otherLiaison),
    })
    expect(seen.totalDocs).toBe(0)
    await ctx.payload.update({
      collection: 'messages',
      id: doc.id,
      data: { reply: '已会同公交公司研究，下月起增设站点。', reviewState: 'submitted' },
      draft: true,
      ...as(users.liaison),
    })
    expect(
      await refusal(ctx.payload.update({ collection: 'messages', id: doc.id, data: { _status: 'published' }, ...as(users.editor) })),
    ).toMatch(/^_status: 编辑和联络员不能直接发布/)
    await expect(
      ctx.payload.update({ collection: 'messages', id: doc.id, data: { _status: 'published' }, ...as(users.liaison) }),
    ).rejects.toThrow()
    const published = await ctx.payload.update({
      collection: 'messages',
      id: doc.id,
      data: { _status: 'published' },
      ...as(users.reviewer),
    })
    expect(published._status).toBe('published')
    expect(published.answeredAt).toBeTruthy()
    expect(published.reply).toBe('已会同公交公司研究，下月起增设站点。')
  })

  it('should refuse publishing without a reply, naming the field', async () => {
    const { doc } = await submitted()
    const admin = await makeUser(ctx.payload, 'admin')
    const save = ctx.payload.update({
      collection: 'messages',
      id: doc.id,
      data: { _status: 'published', publishReason: '测试' },
      ...as(admin),
    })
    const named = await refusal(save)
    expect(named).toContain('unit: 发布前请选择责任单位')
    expect(named).toContain('reply: 答复内容：发布前必须填写')
  })

  it('should keep a liaison from rerouting or rewriting the resident’s text', async () => {
    const { doc } = await submitted()
    await ctx.payload.update({ collection: 'messages', id: doc.id, data: { unit: refs.unit as number }, draft: true, ...as(users.editor) })
    const after = await ctx.payload.update({
      collection: 'messages',
      id: doc.id,
      data: { unit: refs.otherUnit as number, text: '改写的内容改写的内容', reply: '答复' },
      draft: true,
      ...as(users.liaison),
    })
    expect(String((after.unit as { id: number } | number | null) && typeof after.unit === 'object' ? after.unit?.id : after.unit)).toBe(
      String(refs.unit),
    )
    expect(after.text).toBe(doc.text)
  })
})

describe('reading anonymously', () => {
  it('should list only published messages the resident allowed, with no private field', async () => {
    const open = await submitted({ allowPublic: 'yes' }, [await photo(7)])
    const closed = await submitted({ allowPublic: '' })
    const draft = await submitted()
    await answerIt(open.doc.id)
    await answerIt(closed.doc.id)
    const { status, json: body } = await rest(ctx, 'GET', '/messages?limit=100&depth=1')
    expect(status).toBe(200)
    const ids = (body.docs as { id: number }[]).map((doc) => doc.id)
    expect(ids).toContain(open.doc.id)
    expect(ids).not.toContain(closed.doc.id)
    expect(ids).not.toContain(draft.doc.id)
    const text = JSON.stringify(body)
    const stored = await ctx.payload.findByID({ collection: 'messages', id: open.doc.id, overrideAccess: true })
    const hash = stored.photoHashes?.[0]?.hash as string
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    for (const secret of [
      '13800001111',
      '张三',
      hash,
      stored.textHash as string,
      'trackingHash',
      'textHash',
      '"contact"',
      '"photos"',
      'allowPublic',
      'reviewComment',
    ])
      expect(text).not.toContain(secret)
    expect((await rest(ctx, 'GET', `/messages/${closed.doc.id}`)).status).toBeGreaterThanOrEqual(403)
    expect((await rest(ctx, 'GET', `/messages/${draft.doc.id}`)).status).toBeGreaterThanOrEqual(403)
    const versions = await rest(ctx, 'GET', '/messages/versions')
    expect(versions.status).toBe(403)
    const where = await rest(ctx, 'GET', '/messages?where[contact.phone][equals]=13800001111')
    expect((where.json.docs as unknown[] | undefined)?.length ?? 0).toBe(0)
  })
})

describe('the resident’s look-up and rating', () => {
  it('should show a private reply through the code only, and take one rating after publishing', async () => {
    const { code, doc } = await submitted({ allowPublic: '' })
    const lookup = () => send(ctx, 'GET', `/messages/status?code=${code}`, { json: true, ip: '198.51.100.60' })
    const rate = (rating: string, headers: Record<string, string> = {}) =>
      send(ctx, 'POST', `/messages/rate?code=${code}&rating=${rating}`, { json: true, ip: '198.51.100.61', headers })
    expect(await json(await lookup())).toMatchObject({ ok: true, reply: null, stage: '已收到，等待转办' })
    expect((await rate('satisfied')).status).toBe(409)
    await answerIt(doc.id)
    expect(await json(await lookup())).toMatchObject({
      reply: '已会同公交公司研究，下月起增设站点。',
      publicUrl: null,
      stage: '已答复（不公开，仅凭查询码查看）',
    })
    expect((await rate('satisfied', { origin: 'https://evil.example' })).status).toBe(403)
    expect((await rate('great')).status).toBe(400)
    const [first, second] = await Promise.all([rate('mostly-satisfied'), rate('dissatisfied')])
    expect([first?.status, second?.status].sort()).toEqual([200, 409])
    const stored = await ctx.payload.findByID({ collection: 'messages', id: doc.id, overrideAccess: true })
    expect(['mostly-satisfied', 'dissatisfied']).toContain(stored.rating)
    expect(stored._status).toBe('published')
    expect((await rate('satisfied')).status).toBe(409)
  })

  it('should answer a wrong code with 404 and a malformed one with 400', async () => {
    expect((await send(ctx, 'GET', '/messages/status?code=ABCDE-FGHJK', { json: true, ip: '198.51.100.62' })).status).toBe(404)
    expect((await send(ctx, 'GET', '/messages/status?code=x', { json: true, ip: '198.51.100.62' })).status).toBe(400)
  })
})

describe('erasing contacts', () => {
  const DAY = 24 * 60 * 60 * 1000
  const stored = (id: number | string) => ctx.payload.findByID({ collection: 'messages', id, overrideAccess: true })

  it('should erase the name and phone N days after the reply is published, not before, and never an unanswered one’s', async () => {
    const days = 30
    const answered = (await submitted()).doc
    const waiting = (await submitted()).doc
    const { answeredAt } = await answerIt(answered.id)
    const published = new Date(answeredAt as string).getTime()

    await eraseMessageContacts(ctx.payload, new Date(published + days * DAY - 60_000), days)
    expect((await stored(answered.id)).contact).toMatchObject({ name: '张三', phone: '13800001111' })

    expect(await eraseMessageContacts(ctx.payload, new Date(published + days * DAY), days)).toBeGreaterThanOrEqual(1)
    const erased = await stored(answered.id)
    expect([erased.contact?.name ?? null, erased.contact?.phone ?? null]).toEqual([null, null])
    expect(erased.contactErasedAt).toBeTruthy()
    expect([erased.text, erased.reply, erased._status]).toEqual([answered.text, '已会同公交公司研究，下月起增设站点。', 'published'])

    // A second run finds nothing more of it; the unanswered message keeps its contact however late it is.
    await eraseMessageContacts(ctx.payload, new Date(published + 10 * days * DAY), days)
    expect((await stored(answered.id)).contactErasedAt).toBe(erased.contactErasedAt)
    expect((await stored(waiting.id)).contact).toMatchObject({ name: '张三', phone: '13800001111' })
  })
})
