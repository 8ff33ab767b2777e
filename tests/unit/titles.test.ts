/** 文明称号 rules (cms/domain/titles.ts): validation naming fields, standing by the China clock, 摘牌 proposals and decisions. */
import { describe, expect, it } from 'vitest'
import { formPageOf } from '../../cms/domain/formPages.ts'
import { checkDecision, checkTitle, latestReview, proposalReason, titleStatus, titlesToPropose } from '../../cms/domain/titles.ts'

const now = new Date('2026-06-15T04:00:00Z') // 12:00 in Beijing
const valid = { unit: 1, year: 2024 }
const fields = (input: Parameters<typeof checkTitle>[0]) => checkTitle(input, now).map((error) => error.field)

describe('checkTitle', () => {
  it.each([
    ['a unit', valid, []],
    ['a family by name', { holder: '王秀英家庭', year: 2024 }, []],
    ['no holder', { year: 2024 }, ['holder']],
    ['a blank name', { holder: '  ', year: 2024 }, ['holder']],
    ['a future year', { ...valid, year: 2027 }, ['year']],
    ['a year before 1980', { ...valid, year: 1979 }, ['year']],
    ['a fractional year', { ...valid, year: 2024.5 }, ['year']],
    ['a notice without its end', { ...valid, noticeFrom: '2026-06-01' }, ['noticeTo']],
    ['a notice without its start', { ...valid, noticeTo: '2026-06-01' }, ['noticeFrom']],
    ['a notice ending before it starts', { ...valid, noticeFrom: '2026-06-10', noticeTo: '2026-06-01' }, ['noticeTo']],
    ['a one-day notice', { ...valid, noticeFrom: '2026-06-10', noticeTo: '2026-06-10' }, []],
    ['a review before the award', { ...valid, reviews: [{ year: 2023, result: 'pass' }] }, ['reviews.0.year']],
    ['a review in the future', { ...valid, reviews: [{ year: 2027, result: 'pass' }] }, ['reviews.0.year']],
    ['two reviews in one year', { ...valid, reviews: [{ year: 2025 }, { year: 2025 }] }, ['reviews.1.year']],
    ['a revocation without reason', { ...valid, revocation: { date: '2026-05-01' } }, ['revocation.reason']],
    ['a revocation without date', { ...valid, revocation: { reason: '问责' } }, ['revocation.date']],
    ['a revocation before the award', { ...valid, revocation: { date: '2023-05-01', reason: '问责' } }, ['revocation.date']],
    ['a full revocation', { ...valid, revocation: { date: '2026-05-01', reason: '问责' } }, []],
  ] as const)('%s', (_name, input, expected) => {
    expect(fields(input as never)).toEqual(expected)
  })

  it('should name the field in Chinese first, then English', () => {
    const [error] = checkTitle({ year: 2024 }, now)
    expect(error?.message).toMatch(/^称号持有者：.* \/ Holder/)
  })
})

describe('titleStatus (China calendar days)', () => {
  const notice = { noticeFrom: '2026-06-15T00:00:00.000Z', noticeTo: '2026-06-21T00:00:00.000Z' }
  it.each([
    ['before the notice', '2026-06-14T15:59:00Z', 'upcoming'],
    ['its first day in Beijing', '2026-06-14T16:00:00Z', 'notice'],
    ['its last day in Beijing', '2026-06-21T15:59:00Z', 'notice'],
    ['the day after', '2026-06-21T16:00:00Z', 'awarded'],
  ])('%s', (_name, at, expected) => {
    expect(titleStatus(notice, new Date(at))).toBe(expected)
  })
  it('should put 已摘牌 before any notice, and hold a title without notice', () => {
    expect(titleStatus({ ...notice, revocation: { date: '2026-06-16' } }, now)).toBe('revoked')
    expect(titleStatus({}, now)).toBe('awarded')
    expect(titleStatus({ revocation: { date: '' } }, now)).toBe('awarded')
  })
})

describe('latestReview', () => {
  it('should pick the highest year, or null', () => {
    expect(latestReview([{ year: 2023 }, { year: 2025 }, { year: 2024 }])).toEqual({ year: 2025 })
    expect(latestReview([])).toBeNull()
  })
})

describe('摘牌 proposals', () => {
  it('should propose each held title once per record, never a revoked one', () => {
    const held = [
      { id: 1, revoked: false },
      { id: 2, revoked: true },
      { id: 3, revoked: false },
    ]
    expect(titlesToPropose(held, 9, [])).toEqual([1, 3])
    expect(titlesToPropose(held, 9, [{ title: 1, record: 9 }])).toEqual([3])
    expect(
      titlesToPropose(held, '9', [
        { title: '1', record: 9 },
        { title: 3, record: '9' },
      ]),
    ).toEqual([])
    // A proposal under another record does not stop a new 问责 from proposing again.
    expect(titlesToPropose(held, 10, [{ title: 1, record: 9 }])).toEqual([1, 3])
  })

  it('should quote the rule and the record in the reason', () => {
    const reason = proposalReason({ unit: '和平街道', form: '约谈', date: '2026-06-01', summary: '曝光三次仍未整改。' })
    expect(reason).toContain('和平街道于2026-06-01被问责（约谈）')
    expect(reason).toContain('目标考核扣分、文明单位摘牌、领导干部问责')
  })

  it.each([
    ['accept with reason and date', 'pending', { status: 'accepted', reason: '问责', revokedOn: '2026-06-01' }, []],
    ['accept without reason', 'pending', { status: 'accepted', reason: ' ', revokedOn: '2026-06-01' }, ['reason']],
    ['accept without date', 'pending', { status: 'accepted', reason: '问责' }, ['revokedOn']],
    ['reject with a reason', 'pending', { status: 'rejected', rejectReason: '问责与称号单位无关' }, []],
    ['reject without a reason', 'pending', { status: 'rejected' }, ['rejectReason']],
    ['keep pending', 'pending', { reason: '草拟' }, []],
    ['reopen an accepted one', 'accepted', { status: 'pending' }, ['status']],
    ['flip a rejected one', 'rejected', { status: 'accepted', reason: 'x', revokedOn: '2026-06-01' }, ['status']],
    ['edit a decided one without status change', 'accepted', { status: 'accepted' }, []],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(checkDecision(before, after as never).map((error) => error.field)).toEqual(expected)
  })
})

describe('the title objection form page', () => {
  it('should be a server-filled form page with its own challenge purpose', () => {
    expect(formPageOf('/titles/city-guangming-street-2026/objection/')?.purpose).toBe('title-objection')
    expect(formPageOf('/titles/x/objection/index.html')?.purpose).toBe('title-objection')
    expect(formPageOf('/titles/x/')).toBeNull()
    expect(formPageOf('/good-people/x/objection/')?.purpose).toBe('objection')
  })
})

describe('search and sitemap of the title pages', () => {
  it('should search title pages, not the directory, its filters or the objection form', async () => {
    const { isSearchable } = await import('../../publisher/rules/affectedPages.ts')
    expect(isSearchable('titles/city-heping-street/index.html')).toBe(true)
    for (const file of [
      'titles/index.html',
      'titles/page/2/index.html',
      'titles/level/city/index.html',
      'titles/year/2024/index.html',
      'titles/x/objection/index.html',
    ])
      expect(isSearchable(file), file).toBe(false)
  })

  it('should leave the objection form pages out of the sitemap', async () => {
    const { inSitemap } = await import('../../publisher/astro/sitemapXml.mjs')
    expect(inSitemap('https://wm.example.cn/titles/x/objection/')).toBe(false)
    expect(inSitemap('https://wm.example.cn/titles/x/')).toBe(true)
    expect(inSitemap('https://wm.example.cn/good-people/x/objection/')).toBe(false)
  })
})
