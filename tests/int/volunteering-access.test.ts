/**
 * Who reads and writes what in 志愿服务 (real users, overrideAccess: false): sign-ups are staff-only
 * with names and phones for staff alone; the organising unit's liaison sees a masked roster and
 * records attendance and hours for their own unit's activities only; anonymous callers read no
 * sign-up through REST or GraphQL; contact data is erased after the activity plus the retention
 * period; validation errors name the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseVolunteerContacts } from '../../cms/jobs/eraseVolunteerContacts.ts'
import type { User } from '../../cms/payload-types.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { graphql } from '../helpers/graphql.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'
import { publishedActivity } from '../helpers/volunteering.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let liaison: User
let otherLiaison: User
let past: { id: number }
let signup: { id: number }

const as = (user: User) => ({ user, overrideAccess: false as const })

async function signupFor(activity: number, name: string, publicName: string | null = null) {
  return ctx.payload.create({
    collection: 'volunteer-signups',
    data: {
      activity,
      unit: refs.unit,
      status: 'signed',
      roster: `${name[0]}* · 尾号 0000`,
      contact: { name, phone: '13900000000' },
      publicName,
    },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  ctx = await startTempPayload('volunteering-access')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  otherLiaison = await makeUser(ctx.payload, 'unitLiaison', refs.otherUnit)
  past = await publishedActivity(ctx, refs, { startsInHours: -5 })
  signup = await signupFor(past.id, '陈志愿', '陈志愿')
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('reading sign-ups', () => {
  it('should show anonymous REST callers no sign-up, neither the list nor one by id', async () => {
    expect((await rest(ctx, 'GET', '/volunteer-signups')).status).toBe(403)
    expect([403, 404]).toContain((await rest(ctx, 'GET', `/volunteer-signups/${signup.id}`)).status)
  })

  it('should show anonymous GraphQL callers no sign-up', async () => {
    const result = await graphql(ctx, '{ VolunteerSignups { docs { id roster contact { name phone } } } }')
    expect(result.data?.VolunteerSignups ?? null).toBeNull()
    expect(result.errors.length).toBeGreaterThan(0)
  })

  it('should give an editor name and phone', async () => {
    const doc = await ctx.payload.findByID({ collection: 'volunteer-signups', id: signup.id, ...as(editor) })
    expect(doc.contact).toEqual({ name: '陈志愿', phone: '13900000000' })
  })

  it('should give the organising unit’s liaison the masked roster without name or phone, over REST too', async () => {
    const { docs } = await ctx.payload.find({ collection: 'volunteer-signups', ...as(liaison) })
    expect(docs.map((doc) => doc.id)).toEqual([signup.id])
    expect(docs[0]?.roster).toBe('陈* · 尾号 0000')
    expect(docs[0]?.contact?.name ?? null).toBeNull()
    const token = await tokenFor(ctx, liaison.email)
    const { json } = await rest(ctx, 'GET', `/volunteer-signups/${signup.id}`, { token })
    expect(JSON.stringify(json)).not.toContain('13900000000')
  })

  it('should give another unit’s liaison nothing', async () => {
    const { docs } = await ctx.payload.find({ collection: 'volunteer-signups', ...as(otherLiaison) })
    expect(docs).toEqual([])
  })
})

describe('recording attendance and hours', () => {
  it('should let the organising unit’s liaison record attendance and hours, and keep who recorded them', async () => {
    const doc = await ctx.payload.update({
      collection: 'volunteer-signups',
      id: signup.id,
      data: { attended: true, hours: 2.5 },
      ...as(liaison),
    })
    expect(doc).toMatchObject({ attended: true, hours: 2.5 })
    expect(typeof doc.recordedBy === 'object' ? doc.recordedBy?.id : doc.recordedBy).toBe(liaison.id)
  })

  it('should refuse another unit’s liaison recording hours, and change nothing', async () => {
    await expect(
      ctx.payload.update({ collection: 'volunteer-signups', id: signup.id, data: { attended: true, hours: 3 }, ...as(otherLiaison) }),
    ).rejects.toThrow()
    const token = await tokenFor(ctx, otherLiaison.email)
    const response = await rest(ctx, 'PATCH', `/volunteer-signups/${signup.id}`, { token, body: { hours: 3 } })
    expect([403, 404]).toContain(response.status)
    expect((await ctx.payload.findByID({ collection: 'volunteer-signups', id: signup.id, overrideAccess: true })).hours).toBe(2.5)
  })

  it('should not let a liaison change the name, the status or the activity', async () => {
    await ctx.payload.update({
      collection: 'volunteer-signups',
      id: signup.id,
      data: { contact: { name: '改名' }, status: 'cancelled', publicName: '伪造' } as never,
      ...as(liaison),
    })
    const doc = await ctx.payload.findByID({ collection: 'volunteer-signups', id: signup.id, overrideAccess: true })
    expect(doc).toMatchObject({ status: 'signed', publicName: '陈志愿', contact: { name: '陈志愿' } })
  })

  it.each([
    [{ attended: true, hours: 4 }, 'hours', '不能超过活动时长'],
    [{ attended: false, hours: 1 }, 'hours', '请先勾选'],
    [{ attended: true, hours: 1.2 }, 'hours', '以半小时计'],
  ])('should refuse %o naming %s', async (data, field, message) => {
    const text = await rejectionText(ctx.payload.update({ collection: 'volunteer-signups', id: signup.id, data, ...as(liaison) }))
    expect(text).toContain(`[${field}] `)
    expect(text).toContain(message)
  })

  it('should refuse attendance before the activity has started', async () => {
    const upcoming = await publishedActivity(ctx, refs)
    const early = await signupFor(upcoming.id, '周早到')
    const text = await rejectionText(
      ctx.payload.update({ collection: 'volunteer-signups', id: early.id, data: { attended: true }, ...as(liaison) }),
    )
    expect(text).toContain('[attended] 已出勤：活动开始后才能登记')
  })

  it('should let nobody create a sign-up through the API', async () => {
    await expect(
      ctx.payload.create({ collection: 'volunteer-signups', data: { activity: past.id, status: 'signed' }, ...as(editor) }),
    ).rejects.toThrow()
    expect((await rest(ctx, 'POST', '/volunteer-signups', { body: { activity: past.id } })).status).toBe(403)
  })
})

describe('activities and centres', () => {
  it('should let a liaison draft an activity of their own unit but not of another unit', async () => {
    const own = await ctx.payload.create({
      collection: 'volunteer-activities',
      data: validData['volunteer-activities'](refs),
      ...as(liaison),
    })
    expect(own._status).toBe('draft')
    const other = { ...validData['volunteer-activities'](refs), unit: refs.otherUnit }
    expect(await rejectionText(ctx.payload.create({ collection: 'volunteer-activities', data: other, ...as(liaison) }))).toContain(
      '[unit] 联络员只能',
    )
  })

  it('should refuse an activity that ends before it starts, naming 结束时间', async () => {
    const data = { ...validData['volunteer-activities'](refs), endsAt: '2030-05-01T00:00:00.000Z' }
    expect(await rejectionText(ctx.payload.create({ collection: 'volunteer-activities', data, ...as(editor) }))).toContain(
      '[endsAt] 结束时间',
    )
  })

  it('should refuse a personal mobile as a station’s public phone, naming the field', async () => {
    const data = { ...validData['practice-centres'](refs), phone: '13912345678' }
    expect(await rejectionText(ctx.payload.create({ collection: 'practice-centres', data, ...as(editor) }))).toContain(
      '[phone] 站点公开电话',
    )
  })

  it('should show anonymous readers published activities and centres only', async () => {
    await ctx.payload.create({ collection: 'practice-centres', data: validData['practice-centres'](refs), ...as(editor) })
    const centres = await ctx.payload.find({ collection: 'practice-centres', overrideAccess: false })
    expect(centres.docs).toEqual([])
    const activities = await ctx.payload.find({ collection: 'volunteer-activities', overrideAccess: false })
    expect(activities.docs.every((doc) => doc._status === 'published')).toBe(true)
  })
})

describe('the workbench', () => {
  const countOf = async (user: User, key: string) => {
    const { json } = await rest(ctx, 'GET', '/workbench/summary', { token: await tokenFor(ctx, user.email) })
    return (json.counts as { key: string; count: number }[]).find((item) => item.key === key)?.count
  }

  it('should count sign-ups of ended activities without attendance for staff and the organising unit only', async () => {
    const ended = await publishedActivity(ctx, refs, { startsInHours: -10 })
    await signupFor(ended.id, '黄待登')
    expect(await countOf(editor, 'attendanceDue')).toBe(1)
    expect(await countOf(liaison, 'attendanceDue')).toBe(1)
    expect(await countOf(otherLiaison, 'attendanceDue')).toBe(0)
    expect(await countOf(editor, 'volunteerSignups')).toBeGreaterThanOrEqual(2)
  })
})

describe('erasing contact data', () => {
  it('should erase name, phone and roster after the activity plus the retention period, and keep hours and a consented name', async () => {
    const erasedBefore = await eraseVolunteerContacts(ctx.payload, new Date(), 1)
    expect(erasedBefore).toBe(0)
    const later = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000)
    expect(await eraseVolunteerContacts(ctx.payload, later, 1)).toBeGreaterThanOrEqual(1)
    const doc = await ctx.payload.findByID({ collection: 'volunteer-signups', id: signup.id, overrideAccess: true })
    expect(doc).toMatchObject({
      contact: { name: null, phone: null },
      roster: '（已删除）',
      hours: 2.5,
      attended: true,
      publicName: '陈志愿',
    })
    expect(doc.contactErasedAt).toBe(later.toISOString())
  })
})
