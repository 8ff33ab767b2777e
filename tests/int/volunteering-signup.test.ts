/**
 * 志愿活动报名 as residents and attackers send it, through Payload's REST handler (ARCHITECTURE rule 19):
 * a sign-up and its cancellation link, a cross-site post, a replayed challenge, floods from one
 * network and from many, an oversize body, the same phone twice (also in parallel), a forged
 * cancellation token, and a burst of 30 parallel sign-ups for 5 places on two Payload instances on one
 * SQLite file (two API processes): exactly 5.
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SIGNUP_ATTEMPT_LIMIT, SIGNUP_CHALLENGE, SIGNUP_LIMIT } from '../../cms/domain/volunteering/index.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { send, solvedChallenge } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { phone, publishedActivity, signUp, signupForm, signupsOf } from '../helpers/volunteering.ts'

let ctx: TempPayload
let second: Payload
let refs: Refs
const secondKey = () => `${ctx.key}-second`
const json = async (response: Response) => (await response.json()) as Record<string, unknown>
const places = async (id: number | string) => json(await send(ctx, 'GET', `/volunteer-activities/${id}/places`, { json: true }))

beforeAll(async () => {
  ctx = await startTempPayload('volunteering-signup')
  second = await getPayload({ config: ctx.config, key: secondKey() })
  refs = await makeRefs(ctx.payload)
}, 120_000)

afterAll(async () => {
  await second?.destroy()
  await ctx?.close()
})

describe('a resident signing up', () => {
  it('should keep the sign-up with name and phone for staff, a masked roster, and hand out a cancellation link once', async () => {
    const activity = await publishedActivity(ctx, refs, { places: 3 })
    const response = await signUp(ctx, activity.id, {
      form: signupForm(ctx, { name: '王小明', phone: '13800001111', showName: 'yes' }),
      ip: '198.51.100.1',
    })
    expect(response.status).toBe(201)
    const body = await json(response)
    expect(String(body.cancelUrl)).toMatch(new RegExp(`^/api/volunteer-activities/${activity.id}/cancel\\?token=\\d+\\.`))
    const { docs } = await ctx.payload.find({
      collection: 'volunteer-signups',
      where: { activity: { equals: activity.id } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({
      status: 'signed',
      roster: '王** · 尾号 1111',
      contact: { name: '王小明', phone: '13800001111' },
      publicName: '王小明',
    })
    expect(await places(activity.id)).toMatchObject({ places: 3, taken: 1, left: 2, state: 'open' })
  })

  it('should answer a form without JavaScript with a Chinese page, and keep no public name without consent', async () => {
    const activity = await publishedActivity(ctx, refs)
    const form = signupForm(ctx, { name: '赵不具名' })
    const response = await send(ctx, 'POST', `/volunteer-activities/${activity.id}/signup`, { body: form, ip: '198.51.100.2' })
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(await response.text()).toContain('报名成功')
    const { docs } = await ctx.payload.find({
      collection: 'volunteer-signups',
      where: { activity: { equals: activity.id } },
      overrideAccess: true,
    })
    expect(docs[0]?.publicName ?? null).toBeNull()
  })

  it('should name each bad field in Chinese and store nothing', async () => {
    const activity = await publishedActivity(ctx, refs)
    const response = await signUp(ctx, activity.id, { form: signupForm(ctx, { name: '', phone: '12345' }), ip: '198.51.100.3' })
    expect(response.status).toBe(400)
    const { errors } = (await json(response)) as { errors: { field: string; message: string }[] }
    expect(errors.map((error) => error.field).sort()).toEqual(['name', 'phone'])
    expect(errors.find((error) => error.field === 'phone')?.message).toContain('手机号')
    expect(await signupsOf(ctx, activity.id)).toBe(0)
  })

  it('should refuse sign-ups once the activity has started', async () => {
    const activity = await publishedActivity(ctx, refs, { startsInHours: -1 })
    const response = await signUp(ctx, activity.id, { ip: '198.51.100.4' })
    expect(response.status).toBe(403)
    expect(await json(response)).toMatchObject({ state: 'closed' })
  })

  it('should not take sign-ups for a draft activity', async () => {
    const draft = await ctx.payload.create({
      collection: 'volunteer-activities',
      data: { ...(await publishedActivity(ctx, refs)), id: undefined, slug: undefined, _status: 'draft', title: '草稿活动' } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    expect((await signUp(ctx, draft.id, { ip: '198.51.100.5' })).status).toBe(404)
  })
})

describe('an attacker signing up', () => {
  it('should refuse a cross-site post with 403 and store nothing', async () => {
    const activity = await publishedActivity(ctx, refs)
    const response = await signUp(ctx, activity.id, {
      ip: '198.51.100.10',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(response.status).toBe(403)
    expect(await signupsOf(ctx, activity.id)).toBe(0)
  })

  it('should refuse a replayed challenge', async () => {
    const activity = await publishedActivity(ctx, refs)
    const challenge = solvedChallenge(ctx.payload.config.secret, SIGNUP_CHALLENGE)
    expect((await signUp(ctx, activity.id, { form: signupForm(ctx, challenge), ip: '198.51.100.11' })).status).toBe(201)
    const replay = await signUp(ctx, activity.id, { form: signupForm(ctx, challenge), ip: '198.51.100.12' })
    expect(replay.status).toBe(400)
    expect(await json(replay)).toMatchObject({ challenge: 'used' })
    expect(await signupsOf(ctx, activity.id)).toBe(1)
  })

  it('should hold one network to its sign-ups per hour (429 with Retry-After), and count refused attempts separately', async () => {
    const activity = await publishedActivity(ctx, refs, { places: 50 })
    const ip = '198.51.100.13'
    const results = []
    for (let i = 0; i < SIGNUP_LIMIT.max + 2; i++) results.push((await signUp(ctx, activity.id, { ip })).status)
    expect(results.filter((status) => status === 201)).toHaveLength(SIGNUP_LIMIT.max)
    const refused = await signUp(ctx, activity.id, { ip })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const noisy = '198.51.100.14'
    const bad: number[] = []
    for (let i = 0; i < SIGNUP_ATTEMPT_LIMIT.max + 2; i++)
      bad.push((await signUp(ctx, activity.id, { ip: noisy, form: signupForm(ctx, { phone: 'x' }) })).status)
    expect(bad).toEqual([...Array(SIGNUP_ATTEMPT_LIMIT.max).fill(400), 429, 429])
  })

  it('should store nothing from a flood of many networks without solved challenges', async () => {
    const activity = await publishedActivity(ctx, refs)
    const flood = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signUp(ctx, activity.id, { ip: `203.0.113.${i + 10}`, form: signupForm(ctx, { challengeAnswer: '1' }) }),
      ),
    )
    expect(flood.every((response) => response.status === 400)).toBe(true)
    expect(await signupsOf(ctx, activity.id)).toBe(0)
  })

  it('should refuse an oversize body and store nothing', async () => {
    const activity = await publishedActivity(ctx, refs)
    const response = await signUp(ctx, activity.id, { form: signupForm(ctx, { name: '张'.repeat(5000) }), ip: '198.51.100.15' })
    expect(response.status).toBe(400)
    expect((await json(response)).errors).toEqual([{ field: 'form', message: '提交的内容过大。' }])
    expect(await signupsOf(ctx, activity.id)).toBe(0)
  })

  it('should refuse a second sign-up with the same phone, also when both arrive at once', async () => {
    const activity = await publishedActivity(ctx, refs)
    expect((await signUp(ctx, activity.id, { form: signupForm(ctx, { phone: '13700000001' }), ip: '198.51.100.16' })).status).toBe(201)
    const again = await signUp(ctx, activity.id, { form: signupForm(ctx, { phone: '13700000001', name: '换个名字' }), ip: '198.51.100.17' })
    expect(again.status).toBe(409)
    expect(await json(again)).toMatchObject({ duplicate: true })
    const twins = await Promise.all(
      [ctx.key, secondKey(), ctx.key].map((instance, i) =>
        signUp(ctx, activity.id, { form: signupForm(ctx, { phone: '13700000002' }), ip: `198.51.100.${20 + i}`, instance }),
      ),
    )
    expect(twins.map((response) => response.status).sort()).toEqual([201, 409, 409])
    expect(await signupsOf(ctx, activity.id)).toBe(2)
    expect(await places(activity.id)).toMatchObject({ taken: 2 })
  })

  it('should give exactly 5 of 30 parallel sign-ups on two API processes a place', async () => {
    const activity = await publishedActivity(ctx, refs, { places: 5 })
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signUp(ctx, activity.id, {
          form: signupForm(ctx, { phone: phone(5000 + i) }),
          ip: `192.0.2.${i + 1}`,
          instance: i % 2 ? secondKey() : ctx.key,
        }),
      ),
    )
    const statuses = burst.map((response) => response.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(5)
    expect(statuses.filter((status) => status === 409)).toHaveLength(25)
    expect(await signupsOf(ctx, activity.id)).toBe(5)
    expect(await places(activity.id)).toMatchObject({ taken: 5, left: 0 })
  }, 60_000)
})

describe('the cancellation link', () => {
  it('should confirm on GET, cancel on POST, free the place, and let the next resident in', async () => {
    const activity = await publishedActivity(ctx, refs, { places: 1 })
    const { cancelUrl } = (await json(await signUp(ctx, activity.id, { ip: '198.51.100.30' }))) as { cancelUrl: string }
    expect((await signUp(ctx, activity.id, { ip: '198.51.100.31' })).status).toBe(409)
    const path = cancelUrl.replace(/^\/api/, '')
    const page = await send(ctx, 'GET', path, { ip: '198.51.100.30' })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('确认取消报名')
    expect(await signupsOf(ctx, activity.id)).toBe(1)
    expect((await send(ctx, 'POST', path, { ip: '198.51.100.30', headers: { origin: 'https://evil.example' } })).status).toBe(403)
    const done = await send(ctx, 'POST', path, { ip: '198.51.100.30', json: true })
    expect(await json(done)).toMatchObject({ ok: true, cancelled: true })
    expect(await signupsOf(ctx, activity.id, 'cancelled')).toBe(1)
    expect(await places(activity.id)).toMatchObject({ taken: 0, left: 1 })
    expect((await signUp(ctx, activity.id, { ip: '198.51.100.31' })).status).toBe(201)
  })

  it('should refuse a forged token, a token for another sign-up id, and a token of another activity', async () => {
    const activity = await publishedActivity(ctx, refs)
    const other = await publishedActivity(ctx, refs)
    const { cancelUrl } = (await json(await signUp(ctx, activity.id, { ip: '198.51.100.32' }))) as { cancelUrl: string }
    const token = decodeURIComponent(cancelUrl.split('token=')[1] ?? '')
    const [id, mac] = token.split('.')
    for (const forged of [`${id}.${'A'.repeat(32)}`, `${Number(id) + 1}.${mac}`, 'nonsense']) {
      const response = await send(ctx, 'POST', `/volunteer-activities/${activity.id}/cancel?token=${encodeURIComponent(forged)}`, {
        ip: '198.51.100.33',
        json: true,
      })
      expect(response.status).toBe(400)
    }
    expect(
      (
        await send(ctx, 'POST', `/volunteer-activities/${other.id}/cancel?token=${encodeURIComponent(token)}`, {
          ip: '198.51.100.33',
          json: true,
        })
      ).status,
    ).toBe(400)
    expect(await signupsOf(ctx, activity.id)).toBe(1)
  })
})
