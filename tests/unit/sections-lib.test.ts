import { describe, expect, it } from 'vitest'
import type { AdEntry, BulletinEntry, GoodPersonEntry, KnowledgeEntry, SelectionRoundEntry } from '../../site/lib/entries.ts'
import {
  adsBySeries,
  bySeries,
  formatBytes,
  groupBy,
  groupNomineesByCategory,
  issueText,
  knowledgeByTopic,
  ladderSteps,
  newestBulletins,
  roundsWithNominees,
  seriesPath,
} from '../../site/lib/sections.ts'

const base = { cmsId: '1', updatedAt: '2026-01-01T00:00:00.000Z' }
const SERIES = { supervision: '督查专报', praise: '表扬通报', criticism: '批评通报' } as const

const bulletin = (id: string, date: string, series: keyof typeof SERIES, issueLabel: string | null = null) => ({
  id,
  data: {
    ...base,
    title: id,
    date,
    series: { value: series, label: SERIES[series] },
    issueLabel,
    summary: '',
    html: '',
    attachments: [],
    units: [],
    exposures: [],
    rounds: [],
  } satisfies BulletinEntry,
})

const LEVELS = { building: '楼道（村组）', community: '社区（村）', street: '街道（乡镇）', district: '县区', city: '市级' } as const
const CATEGORIES = { 'helping-others': '助人为乐', bravery: '见义勇为', 'filial-piety': '孝老爱亲' } as const
const person = (id: string, name: string, category: keyof typeof CATEGORIES, level: keyof typeof LEVELS, round = 'q2') => ({
  id,
  data: {
    ...base,
    name,
    headline: null,
    storyHtml: '',
    summary: '',
    category: { value: category, label: CATEGORIES[category] },
    channel: { value: 'residents', label: '群众推荐' },
    level: { value: level, label: LEVELS[level] },
    unit: { slug: 'c-x', name: '某社区', kind: 'community' },
    round: { slug: round, title: round, status: 'announced' },
  } satisfies GoodPersonEntry,
})

const round = (id: string, start: string, status: 'nominating' | 'reviewing' | 'announced') => ({
  id,
  data: { ...base, title: id, start, end: start, status: { value: status, label: status }, description: '' } satisfies SelectionRoundEntry,
})

const ad = (cmsId: string, series: string, validFrom: string): AdEntry => ({
  ...base,
  cmsId,
  title: `广告${cmsId}`,
  series,
  format: { value: 'poster', label: '海报' },
  slogan: null,
  placements: [],
  validFrom,
  validTo: null,
  themes: [],
})

const TOPICS = { traffic: '文明交通', convention: '市民文明公约', 'campaign-basics': '创城基本知识', 'new-topic': '新主题' } as const
const knowledge = (cmsId: string, topic: keyof typeof TOPICS, order: number, kind = 'qa'): KnowledgeEntry => ({
  ...base,
  cmsId,
  question: `问题${cmsId}`,
  answerHtml: '<p>答</p>',
  topic: { value: topic, label: TOPICS[topic] },
  kind: { value: kind, label: kind },
  order,
})

describe('sections lib: grouping', () => {
  it('should put listed keys first and the rest in order of first appearance', () => {
    const items = ['b1', 'c1', 'a1', 'b2', 'd1']
    const groups = groupBy(items, (item) => ({ value: item[0] as string, label: item[0]?.toUpperCase() as string }), ['a', 'b'])
    expect(groups.map((group) => [group.key, group.label, group.items])).toEqual([
      ['a', 'A', ['a1']],
      ['b', 'B', ['b1', 'b2']],
      ['c', 'C', ['c1']],
      ['d', 'D', ['d1']],
    ])
  })

  it('should return no groups for no items', () => {
    expect(groupBy([], () => ({ value: 'x', label: 'x' }))).toEqual([])
  })
})

describe('sections lib: bulletins', () => {
  const items = [
    bulletin('b', '2026-03-02', 'supervision', '2026年第2期'),
    bulletin('a', '2026-10-21', 'criticism', '2026年第1期'),
    bulletin('d', '2026-07-10', 'praise'),
    bulletin('c', '2026-10-21', 'supervision', '2026年第3期'),
  ]

  it('should sort newest first and break same-day ties by slug', () => {
    expect(newestBulletins(items).map((item) => item.id)).toEqual(['a', 'c', 'd', 'b'])
  })

  it('should group by series in the editorial order, each newest first', () => {
    expect(bySeries(items).map((group) => [group.label, group.items.map((item) => item.id)])).toEqual([
      ['督查专报', ['c', 'b']],
      ['表扬通报', ['d']],
      ['批评通报', ['a']],
    ])
  })

  it.each([
    [{ series: { value: 'supervision', label: '督查专报' }, issueLabel: '2026年第13期' }, '督查专报 2026年第13期'],
    [{ series: { value: 'praise', label: '表扬通报' }, issueLabel: null }, '表扬通报'],
  ])('should label the issue %# as %s', (entry, expected) => {
    expect(issueText(entry)).toBe(expected)
  })

  it('should build the series page path under /bulletins/', () => {
    expect(seriesPath('supervision')).toBe('/bulletins/series/supervision/')
  })

  it.each([
    [0, ''],
    [-5, ''],
    [Number.NaN, ''],
    [300, '1 KB'],
    [1024, '1 KB'],
    [12 * 1024, '12 KB'],
    [1023 * 1024, '1023 KB'],
    [1024 * 1024 - 1, '1 MB'],
    [1.24 * 1024 * 1024, '1.2 MB'],
    [2 * 1024 * 1024, '2 MB'],
    [15.75 * 1024 * 1024, '15.8 MB'],
  ])('should format %d bytes as %j', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected)
  })
})

describe('sections lib: good people', () => {
  it.each([
    ['building', [true, false, false, false, false], 0],
    ['street', [true, true, true, false, false], 2],
    ['city', [true, true, true, true, true], 4],
    ['unknown', [false, false, false, false, false], -1],
  ])('should mark the ladder steps reached up to %s', (level, reached, current) => {
    const steps = ladderSteps(level)
    expect(steps.map((step) => step.label)).toEqual(['楼道（村组）', '社区（村）', '街道（乡镇）', '县区', '市级'])
    expect(steps.map((step) => step.reached)).toEqual(reached)
    expect(steps.findIndex((step) => step.current)).toBe(current)
  })

  it('should group nominees by category in the fixed order, highest level first', () => {
    const people = [
      person('p1', '孙德厚', 'bravery', 'district'),
      person('p2', '陈淑芬', 'filial-piety', 'city'),
      person('p3', '赵雨桐', 'helping-others', 'street'),
      person('p4', '王磊', 'bravery', 'city'),
      person('p5', '张秀兰', 'helping-others', 'city'),
    ]
    expect(groupNomineesByCategory(people).map((group) => [group.label, group.items.map((item) => item.data.name)])).toEqual([
      ['助人为乐', ['张秀兰', '赵雨桐']],
      ['见义勇为', ['王磊', '孙德厚']],
      ['孝老爱亲', ['陈淑芬']],
    ])
  })

  it('should list rounds newest first, each with only its own nominees', () => {
    const rounds = [round('q2', '2026-04-01', 'announced'), round('q4', '2026-10-01', 'nominating'), round('q3', '2026-07-01', 'reviewing')]
    const people = [
      person('a', '甲', 'bravery', 'street', 'q3'),
      person('b', '乙', 'bravery', 'city', 'q2'),
      person('c', '丙', 'bravery', 'district', 'q3'),
    ]
    expect(roundsWithNominees(rounds, people).map((item) => [item.round.id, item.announced, item.nominees.map((p) => p.id)])).toEqual([
      ['q4', false, []],
      ['q3', false, ['c', 'a']],
      ['q2', true, ['b']],
    ])
  })
})

describe('sections lib: ads', () => {
  it('should group ads by series, newest series first, “其他” last, oldest first inside a series', () => {
    const ads = [
      ad('3', '《管子说·创城》', '2026-04-01'),
      ad('9', '', '2026-08-01'),
      ad('1', '《管子说·创城》', '2026-03-01'),
      ad('6', '标语', '2026-02-15'),
      ad('12', '电子屏', '2026-06-01'),
      ad('2', '《管子说·创城》', '2026-03-01'),
    ]
    expect(adsBySeries(ads).map((group) => [group.label, group.items.map((item) => item.cmsId)])).toEqual([
      ['电子屏', ['12']],
      ['《管子说·创城》', ['1', '2', '3']],
      ['标语', ['6']],
      ['其他', ['9']],
    ])
  })
})

describe('sections lib: knowledge', () => {
  it('should order topics in the fixed order, items by order, articles apart from questions', () => {
    const items = [
      knowledge('5', 'new-topic', 1),
      knowledge('4', 'convention', 2, 'convention'),
      knowledge('2', 'traffic', 2, 'tip'),
      knowledge('3', 'convention', 1, 'convention'),
      knowledge('1', 'traffic', 1),
      knowledge('6', 'campaign-basics', 1),
    ]
    const topics = knowledgeByTopic(items)
    expect(topics.map((topic) => [topic.label, topic.questions.map((q) => q.cmsId), topic.articles.map((q) => q.cmsId)])).toEqual([
      ['创城基本知识', ['6'], []],
      ['文明交通', ['1', '2'], []],
      ['市民文明公约', [], ['3', '4']],
      ['新主题', ['5'], []],
    ])
  })
})
