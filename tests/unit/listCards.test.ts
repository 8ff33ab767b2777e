import { describe, expect, it } from 'vitest'
import type { BulletinEntry, EpisodeEntry, ExposureEntry, ProjectEntry } from '../../site/lib/entries.ts'
import { bulletinCard, episodeCard, exposureCard, projectCard, thumbnail, titleRow } from '../../site/lib/listCards.ts'
import { cacheKeysFor } from '../../site/lib/pageKeys.ts'
import { paginatePaths } from '../../site/lib/paginate.ts'
import type { TitleItem } from '../../site/lib/titles.ts'

const image = (alt: string) => ({ src: '/media/a.jpg', srcset: '', width: 800, height: 450, alt })
const unit = (name: string) => ({ slug: 'street-1', name, kind: 'street' })

const bulletin = (over: Partial<BulletinEntry> = {}): { id: string; data: BulletinEntry } => ({
  id: 'b-1',
  data: {
    cmsId: '1',
    updatedAt: '2026-12-01T00:00:00.000Z',
    title: '督查专报',
    date: '2026-12-01',
    series: { value: 'inspection', label: '督查专报' },
    issueLabel: '第1期',
    summary: '摘要',
    html: '<p>正文</p>',
    cover: image('旧说明'),
    attachments: [],
    units: [unit('第1街道')],
    exposures: [],
    rounds: [],
    ...over,
  },
})

const project = (over: Partial<ProjectEntry> = {}): { id: string; data: ProjectEntry } => ({
  id: 'p-1',
  data: {
    cmsId: '2',
    updatedAt: '2026-12-01T00:00:00.000Z',
    title: '背街小巷改造',
    campaign: { value: 'back-alleys', label: '背街小巷' },
    year: 2026,
    unit: unit('第1街道'),
    target: '目标',
    html: '<p>正文</p>',
    milestones: [{ title: '开工', dueDate: '2026-11-01', doneDate: null, overdue: true }],
    progress: 40,
    progressText: '进展',
    progressDate: '2026-11-20',
    status: { value: 'lagging', label: '滞后' },
    before: [image('改造前')],
    after: [image('改造后')],
    ...over,
  },
})

/** The key of page 1 of a list of these cards, as a list route computes it. */
const listKey = <T>(cards: T[]): string => cacheKeysFor(paginatePaths(cards, '/list/'), { identity: null })[0]?.cacheKey ?? ''

describe('list cards', () => {
  it('should keep a bulletin list page key when only what its card does not show changes', () => {
    const key = listKey([bulletin()].map(bulletinCard))
    // A renamed unit (涉及单位 is on the bulletin's own page), an image's alt text, the body, an attachment, a save.
    for (const other of [
      bulletin({ units: [unit('第1街道办事处')] }),
      bulletin({ cover: image('新说明') }),
      bulletin({ html: '<p>改过的正文</p>' }),
      bulletin({ attachments: [{ url: '/media/a.pdf', title: '全文', bytes: 10 }] }),
      bulletin({ updatedAt: '2026-12-02T00:00:00.000Z' }),
    ])
      expect(listKey([other].map(bulletinCard))).toBe(key)
  })

  it('should change a bulletin list page key when anything its card shows changes', () => {
    const key = listKey([bulletin()].map(bulletinCard))
    for (const other of [
      bulletin({ title: '新标题' }),
      bulletin({ date: '2026-12-02' }),
      bulletin({ series: { value: 'praise', label: '表扬通报' } }),
      bulletin({ issueLabel: '第2期' }),
      bulletin({ summary: '新摘要' }),
    ])
      expect(listKey([other].map(bulletinCard))).not.toBe(key)
  })

  it('should keep a project list page key when an image or the body changes, and change it when the card does', () => {
    const key = listKey([project()].map(projectCard))
    for (const other of [project({ before: [image('新说明')] }), project({ html: '<p>新</p>' }), project({ target: '新目标' })])
      expect(listKey([other].map(projectCard))).toBe(key)
    for (const other of [
      project({ unit: unit('第1街道办事处') }),
      project({ progress: 50 }),
      project({ status: { value: 'done', label: '已完成' } }),
      project({ milestones: [] }),
      project({ progressText: '新进展' }),
      project({ title: '新标题' }),
    ])
      expect(listKey([other].map(projectCard))).not.toBe(key)
  })

  it('should keep a title directory page key when a renamed unit is not the holder shown, and change it when the row does', () => {
    const title = (over: Partial<TitleItem['data']> = {}, status: Partial<TitleItem> = {}): TitleItem => ({
      id: 't-1',
      status: 'awarded',
      statusLabel: '有效',
      ...status,
      data: {
        cmsId: '3',
        updatedAt: '2026-12-01T00:00:00.000Z',
        holder: '第1小学',
        unit: unit('第1街道'),
        category: { value: 'school', label: '文明校园' },
        level: { value: 'city', label: '市级' },
        year: 2026,
        issuer: null,
        citationHtml: '<p>表彰</p>',
        summary: '摘要',
        noticeFrom: null,
        noticeTo: null,
        reviews: [],
        revocation: null,
        ...over,
      },
    })
    const key = listKey([title()].map(titleRow))
    for (const other of [
      title({ unit: unit('第1街道办事处') }),
      title({ citationHtml: '<p>新</p>' }),
      title({ updatedAt: '2026-12-02T00:00:00.000Z' }),
    ])
      expect(listKey([other].map(titleRow))).toBe(key)
    for (const other of [
      title({ holder: '第1街道办事处' }),
      title({ year: 2025 }),
      title({ level: { value: 'province', label: '省级' } }),
      title({ category: { value: 'unit', label: '文明单位' } }),
      title({}, { status: 'revoked', statusLabel: '已摘牌' }),
    ])
      expect(listKey([other].map(titleRow))).not.toBe(key)
  })
  it('should make a list thumbnail decorative: alt="" whatever the image’s alt text, no other fields', () => {
    expect(thumbnail({ ...image('说明'), social: '/s.jpg' })).toEqual({ src: '/media/a.jpg', srcset: '', width: 800, height: 450, alt: '' })
    expect(thumbnail(undefined)).toBeNull()
  })

  it('should keep an exposure list page key when an alt text, the description or the history changes, and change it when the card does', () => {
    const exposure = (over: Partial<ExposureEntry> = {}): { id: string; data: ExposureEntry } => ({
      id: 'e-1',
      data: {
        cmsId: '4',
        updatedAt: '2026-12-01T00:00:00.000Z',
        title: '占道经营',
        description: '描述',
        place: '文明路',
        coordinates: null,
        foundAt: '2026-11-01',
        deadline: '2026-11-08',
        originalDeadline: null,
        unit: unit('第1街道'),
        status: { value: 'pending', label: '待整改' },
        overdue: false,
        reply: null,
        rectifiedAt: null,
        before: [image('整改前')],
        after: [],
        history: [],
        ...over,
      },
    })
    const key = listKey([exposure()].map(exposureCard))
    for (const other of [
      exposure({ before: [image('新说明')] }),
      exposure({ before: [image('整改前'), image('第二张')] }),
      exposure({ description: '新描述' }),
      exposure({ after: [image('整改后')] }),
      exposure({ history: [{ status: { value: 'pending', label: '待整改' }, at: '2026-11-02' }] }),
      exposure({ updatedAt: '2026-12-02T00:00:00.000Z' }),
    ])
      expect(listKey([other].map(exposureCard))).toBe(key)
    for (const other of [
      exposure({ unit: unit('第1街道办事处') }),
      exposure({ title: '新标题' }),
      exposure({ status: { value: 'overdue', label: '逾期' } }),
      exposure({ deadline: '2026-11-09' }),
      exposure({ foundAt: '2026-11-02' }),
      exposure({ before: [{ ...image('整改前'), src: '/media/b.jpg' }] }),
      exposure({ before: [] }),
    ])
      expect(listKey([other].map(exposureCard))).not.toBe(key)
  })

  it('should keep a TV list page key when the cover’s alt text changes, and change it when the cover does', () => {
    const episode = (cover: EpisodeEntry['cover']) => ({ id: 'tv-1', data: { title: '问政', cover } as EpisodeEntry })
    const key = listKey([episode(image('旧'))].map(episodeCard))
    expect(listKey([episode(image('新'))].map(episodeCard))).toBe(key)
    expect(listKey([episode({ ...image('旧'), src: '/media/b.jpg' })].map(episodeCard))).not.toBe(key)
    expect(listKey([episode(undefined)].map(episodeCard))).not.toBe(key)
  })
})
