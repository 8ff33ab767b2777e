import { describe, expect, it } from 'vitest'
import type { AdEntry, BulletinEntry, EpisodeEntry, GoodPersonEntry, KnowledgeEntry, SelectionRoundEntry } from '../../site/lib/entries.ts'
import { paginatePaths } from '../../site/lib/paginate.ts'
import {
  adLocator,
  adPageGroups,
  adsBySeries,
  adsInOrder,
  bySeries,
  categoryLinks,
  formatBytes,
  groupBy,
  groupNomineesByCategory,
  groupRuns,
  issueText,
  knowledgeByTopic,
  knowledgeLocator,
  LIST_PAGE_SIZE,
  ladderSteps,
  newestBulletins,
  newestEpisodes,
  pageOfEach,
  pageTitle,
  roundOrder,
  roundPath,
  roundsWithNominees,
  seriesPath,
  topicOrder,
  topicPageParts,
  topicPath,
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
  quiz: null,
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

describe('sections lib: pages', () => {
  it('should tell the page each item lands on, as paginatePaths cuts the list', () => {
    const items = Array.from({ length: 7 }, (_, index) => `i${index}`)
    const pages = pageOfEach(items, '/x/', 3, (item) => item)
    const cut = paginatePaths(items, '/x/', 3).flatMap(({ props: { page } }) =>
      page.items.map((item) => [item, page.current === 1 ? '/x/' : `/x/page/${page.current}/`]),
    )
    expect([...pages]).toEqual(cut)
    expect(pages.get('i2')).toBe('/x/')
    expect(pages.get('i3')).toBe('/x/page/2/')
    expect(pages.get('i6')).toBe('/x/page/3/')
  })

  it('should title page 2 on with the page number', () => {
    expect(pageTitle('电视问政', 1)).toBe('电视问政')
    expect(pageTitle('电视问政', 3)).toBe('电视问政（第 3 页）')
  })

  it('should regroup a page in the order its items come', () => {
    const groups = groupRuns(['b1', 'b2', 'a1', 'c1'], (item) => ({ value: item[0] as string, label: item[0] as string }))
    expect(groups.map((group) => [group.key, group.items])).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
      ['c', ['c1']],
    ])
  })
})

describe('sections lib: good-people rounds', () => {
  const many = Array.from({ length: 30 }, (_, index) =>
    person(
      `p${String(index).padStart(2, '0')}`,
      `人${String(index).padStart(2, '0')}`,
      index < 26 ? 'helping-others' : 'filial-piety',
      index % 2 ? 'city' : 'street',
    ),
  )

  it('should order a round by category, then highest level first', () => {
    const ordered = roundOrder(many)
    expect(ordered.slice(0, 10).every((item) => item.data.level.value === 'city' && item.data.category.value === 'helping-others')).toBe(
      true,
    )
    expect(ordered.slice(26).every((item) => item.data.category.value === 'filial-piety')).toBe(true)
    expect(ordered).toHaveLength(30)
  })

  it('should link each category to the round page where it starts', () => {
    expect(roundPath('q2')).toBe('/good-people/round/q2/')
    expect(categoryLinks('q2', many)).toEqual([
      { key: 'helping-others', label: '助人为乐', count: 26, href: '/good-people/round/q2/#q2-helping-others' },
      { key: 'filial-piety', label: '孝老爱亲', count: 4, href: '/good-people/round/q2/page/2/#q2-filial-piety' },
    ])
    expect(categoryLinks('q2', [])).toEqual([])
  })
})

describe('sections lib: TV', () => {
  const episode = (id: string, airDate: string, episodeNumber: number) => ({ id, data: { airDate, episodeNumber } as EpisodeEntry })

  it('should put the newest aired episode first, then the higher number, then the slug', () => {
    const items = [
      episode('a', '2026-03-01', 1),
      episode('c', '2026-05-01', 2),
      episode('b', '2026-05-01', 3),
      episode('d', '2026-03-01', 1),
    ]
    expect(newestEpisodes(items).map((item) => item.id)).toEqual(['b', 'c', 'a', 'd'])
  })
})

describe('sections lib: ads pages', () => {
  const ads = [
    ...Array.from({ length: 20 }, (_, index) => ad(`s${index}`, '《管子说·创城》', `2026-03-${String(index + 1).padStart(2, '0')}`)),
    ...Array.from({ length: 10 }, (_, index) => ad(`e${index}`, '电子屏', `2026-06-${String(index + 1).padStart(2, '0')}`)),
    ad('x', '', '2026-08-01'),
  ]

  it('should list the ads series by series, and regroup a page in that order', () => {
    const ordered = adsInOrder(ads)
    expect(ordered.map((item) => item.cmsId).slice(0, 11)).toEqual([...Array.from({ length: 10 }, (_, index) => `e${index}`), 's0'])
    expect(ordered.at(-1)?.cmsId).toBe('x')
    const second = ordered.slice(LIST_PAGE_SIZE)
    expect(adPageGroups(second).map((group) => [group.label, group.items.length])).toEqual([
      ['《管子说·创城》', 6],
      ['其他', 1],
    ])
  })

  it('should locate each ad on its page of 24', () => {
    const locate = adLocator(ads)
    expect(locate({ cmsId: 'e0' })).toBe('/ads/')
    expect(locate({ cmsId: 's13' })).toBe('/ads/')
    expect(locate({ cmsId: 's14' })).toBe('/ads/page/2/')
    expect(locate({ cmsId: 'x' })).toBe('/ads/page/2/')
    expect(locate({ cmsId: 'unknown' })).toBe('/ads/')
  })
})

describe('sections lib: knowledge pages', () => {
  const items = [
    ...Array.from({ length: 30 }, (_, index) => knowledge(`t${index}`, 'traffic', index + 1, index % 3 ? 'qa' : 'tip')),
    ...Array.from({ length: 30 }, (_, index) => knowledge(`c${index}`, 'convention', index + 1, 'convention')),
    knowledge('b0', 'campaign-basics', 1),
  ]

  it('should locate each entry on its topic page, in the order of the pages', () => {
    const locate = knowledgeLocator(items)
    expect(topicPath('traffic')).toBe('/knowledge/traffic/')
    expect(locate({ cmsId: 'b0' })).toBe('/knowledge/campaign-basics/')
    expect(locate({ cmsId: 't23' })).toBe('/knowledge/traffic/')
    expect(locate({ cmsId: 't24' })).toBe('/knowledge/traffic/page/2/')
    expect(locate({ cmsId: 'c29' })).toBe('/knowledge/convention/page/2/')
    expect(locate({ cmsId: 'unknown' })).toBe('/knowledge/')
    for (const topic of knowledgeByTopic(items)) {
      for (const { props } of paginatePaths(topicOrder(topic), topicPath(topic.key), LIST_PAGE_SIZE)) {
        for (const item of props.page.items)
          expect(locate(item)).toBe(props.page.current === 1 ? topicPath(topic.key) : `${topicPath(topic.key)}page/${props.page.current}/`)
      }
    }
  })

  it('should put the questions before the articles and number the articles on across pages', () => {
    const mixed = [
      ...Array.from({ length: 30 }, (_, index) => knowledge(`q${index}`, 'traffic', index + 1)),
      ...Array.from({ length: 30 }, (_, index) => knowledge(`a${index}`, 'traffic', index + 1, 'convention')),
    ]
    const [topic] = knowledgeByTopic(mixed)
    const ordered = topicOrder(topic!)
    expect(ordered.slice(0, 30).every((item) => item.kind.value !== 'convention')).toBe(true)
    const parts = [0, 24, 48].map((offset) => topicPageParts(ordered.slice(offset, offset + 24), offset, 30))
    expect(parts.map((part) => [part.questions.length, part.articles.length, part.start])).toEqual([
      [24, 0, 1],
      [6, 18, 1],
      [0, 12, 19],
    ])
    expect(parts[2]?.articles[0]?.cmsId).toBe('a18')
  })
})
