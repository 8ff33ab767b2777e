import { describe, expect, it } from 'vitest'
import { readSettings } from '../../cms/config/settings.ts'
import type { EpisodeEntry, ExposureEntry, UnitRef } from '../../site/lib/entries.ts'
import {
  boardFilters,
  episodeLabel,
  episodeNeighbours,
  filterLinks,
  formatCoordinates,
  groupBySeries,
  groupByStatus,
  groupByUnit,
  handlingRule,
  issueCounts,
  isUrgent,
  paragraphs,
  STATUS_ORDER,
  sortForBoard,
  statusPath,
  statusTone,
  unitPath,
} from '../../site/lib/exposures.ts'
import { exposureCard } from '../../site/lib/listCards.ts'
import { cacheKeysFor } from '../../site/lib/pageKeys.ts'
import { paginatePaths } from '../../site/lib/paginate.ts'
import { siteUnit } from '../helpers/siteUnits.ts'

const LABELS: Record<string, string> = {
  pending: '待整改',
  'in-progress': '整改中',
  rectified: '已整改',
  overdue: '逾期',
  accountability: '问责',
}
const HP: UnitRef = { slug: 's-heping', name: '和平街道', kind: 'street' }
const GM: UnitRef = { slug: 's-guangming', name: '光明街道', kind: 'street' }
const URBAN: UnitRef = { slug: 'dept-urban', name: '城市管理局', kind: 'department' }

function exposure(id: string, status: string, foundAt: string, unit: UnitRef = HP, overdue = false) {
  const data: ExposureEntry = {
    cmsId: id,
    updatedAt: '2026-11-22T00:00:00.000Z',
    title: `问题 ${id}`,
    description: '',
    place: '',
    coordinates: null,
    foundAt,
    deadline: foundAt,
    originalDeadline: null,
    unit,
    status: { value: status, label: LABELS[status] ?? status },
    overdue,
    reply: null,
    rectifiedAt: null,
    before: [],
    after: [],
    history: [],
  }
  return { id, data }
}

function episode(id: string, series: string, episodeNumber: number, airDate: string) {
  const data: EpisodeEntry = {
    cmsId: id,
    updatedAt: '2026-11-22T00:00:00.000Z',
    title: `节目 ${id}`,
    series,
    episodeNumber,
    airDate,
    embedUrl: null,
    videoUrl: null,
    summaryHtml: '',
    questionedUnits: [],
    officials: [],
    issues: [],
    issuesRaised: 0,
    issuesSolved: 0,
  }
  return { id, data }
}

const board = [
  exposure('a', 'rectified', '2026-11-20', GM),
  exposure('b', 'overdue', '2026-09-03', HP, true),
  exposure('c', 'pending', '2026-11-21', URBAN),
  exposure('d', 'accountability', '2026-10-15', HP, true),
  exposure('e', 'in-progress', '2026-11-18', GM),
  exposure('f', 'in-progress', '2026-08-01', HP, true),
  exposure('g', 'rectified', '2026-11-20', HP),
]

describe('statusTone', () => {
  it.each([
    ['overdue', 'bad'],
    ['accountability', 'bad'],
    ['rectified', 'good'],
    ['solved', 'good'],
    ['pending', ''],
    ['in-progress', ''],
    ['open', ''],
    ['unknown', ''],
  ])('should give %s the tone "%s"', (status, tone) => {
    expect(statusTone(status)).toBe(tone)
  })
})

describe('isUrgent', () => {
  it.each([
    ['overdue', false, true],
    ['accountability', false, true],
    ['in-progress', true, true],
    ['pending', false, false],
    ['rectified', false, false],
  ])('should call a %s item with overdue=%s urgent: %s', (status, overdue, expected) => {
    expect(isUrgent(exposure('x', status, '2026-01-01', HP, overdue).data)).toBe(expected)
  })
})

describe('sortForBoard', () => {
  it('should put overdue and accountability items first, then the newest found, ties by slug', () => {
    expect(sortForBoard(board).map((item) => item.id)).toEqual(['d', 'b', 'f', 'c', 'a', 'g', 'e'])
  })

  it('should not change the list it is given', () => {
    const copy = [...board]
    sortForBoard(board)
    expect(board).toEqual(copy)
  })

  it('should return an empty list for no items', () => {
    expect(sortForBoard([])).toEqual([])
  })
})

describe('groupByStatus', () => {
  it('should list only statuses with items, in the filter order, with Chinese labels, paths and board order', () => {
    const groups = groupByStatus(board)
    expect(groups.map((group) => [group.status.value, group.status.label, group.path, group.items.map((item) => item.id)])).toEqual([
      ['pending', '待整改', '/exposures/status/pending/', ['c']],
      ['in-progress', '整改中', '/exposures/status/in-progress/', ['f', 'e']],
      ['rectified', '已整改', '/exposures/status/rectified/', ['a', 'g']],
      ['overdue', '逾期', '/exposures/status/overdue/', ['b']],
      ['accountability', '问责', '/exposures/status/accountability/', ['d']],
    ])
  })

  it('should order statuses 待整改, 整改中, 已整改, 逾期, 问责', () => {
    expect(STATUS_ORDER).toEqual(['pending', 'in-progress', 'rectified', 'overdue', 'accountability'])
  })

  it('should leave out statuses without items', () => {
    expect(groupByStatus([board[0]!]).map((group) => group.status.value)).toEqual(['rectified'])
  })
})

describe('groupByUnit', () => {
  it('should group by unit slug, most items first, each group in board order', () => {
    const groups = groupByUnit(board)
    expect(groups.map((group) => [group.unit.slug, group.path, group.items.map((item) => item.id)])).toEqual([
      ['s-heping', '/exposures/unit/s-heping/', ['d', 'b', 'f', 'g']],
      ['s-guangming', '/exposures/unit/s-guangming/', ['a', 'e']],
      ['dept-urban', '/exposures/unit/dept-urban/', ['c']],
    ])
  })

  it('should leave out items whose unit has no slug', () => {
    const orphan = exposure('z', 'pending', '2026-01-01', { slug: '', name: '', kind: '' })
    expect(groupByUnit([orphan])).toEqual([])
  })
})

describe('filterLinks', () => {
  it('should give one link per status and per unit with counts', () => {
    const links = filterLinks(board)
    expect(links.statuses).toEqual([
      { label: '待整改', path: '/exposures/status/pending/', count: 1 },
      { label: '整改中', path: '/exposures/status/in-progress/', count: 2 },
      { label: '已整改', path: '/exposures/status/rectified/', count: 2 },
      { label: '逾期', path: '/exposures/status/overdue/', count: 1 },
      { label: '问责', path: '/exposures/status/accountability/', count: 1 },
    ])
    expect(links.units).toEqual([
      { label: '和平街道', path: '/exposures/unit/s-heping/', count: 4 },
      { label: '光明街道', path: '/exposures/unit/s-guangming/', count: 2 },
      { label: '城市管理局', path: '/exposures/unit/dept-urban/', count: 1 },
    ])
  })
})

describe('filterLinks counts as the groups do', () => {
  // The links as made before issue 26 (from the sorted groups), the definition filterLinks must keep.
  const fromGroups = (items: ReturnType<typeof exposure>[], units?: Parameters<typeof filterLinks>[1]) => ({
    statuses: groupByStatus(items).map((group) => ({ label: group.status.label, path: group.path, count: group.items.length })),
    units: groupByUnit(items, units).map((group) => ({ label: group.unit.name, path: group.path, count: group.items.length })),
  })
  const unit = siteUnit
  // A city, streets with communities and grids, a department, a unit whose parent is missing and two in a cycle.
  const units = [
    unit('city', '示范市', 'city', null),
    unit('s-heping', '和平街道', 'street', 'city'),
    unit('c-1', '和平社区', 'community', 's-heping'),
    unit('g-1', '第一网格', 'grid', 'c-1'),
    unit('s-guangming', '光明街道', 'street', 'city'),
    unit('dept-urban', '城市管理局', 'department', 'city'),
    unit('lost', '无上级单位', 'department', 'gone'),
    unit('loop-a', '甲', 'street', 'loop-b'),
    unit('loop-b', '乙', 'street', 'loop-a'),
    unit('empty', '无曝光单位', 'street', 'city'),
  ]
  const ref = (slug: string): UnitRef => ({ slug, name: units.find((u) => u.id === slug)?.data.name ?? slug, kind: '' })
  const statuses = ['pending', 'in-progress', 'rectified', 'overdue', 'accountability', 'unknown-status']
  const slugs = ['s-heping', 'c-1', 'g-1', 's-guangming', 'dept-urban', 'lost', 'loop-a', 'loop-b', 'city', 'not-a-unit', '']
  // A deterministic mixed board: every status and unit (and a unit named two ways: the first item's name wins without the tree).
  const board = Array.from({ length: 97 }, (_, i) => {
    const slug = slugs[(i * 7) % slugs.length] as string
    const named = i === 3 ? { ...ref(slug), name: `旧名 ${slug}` } : ref(slug)
    return exposure(`x${i}`, statuses[(i * 5) % statuses.length] as string, `2026-0${1 + (i % 9)}-1${i % 10}`, named, i % 4 === 0)
  })

  it.each([
    ['the whole board', board],
    ['one item', board.slice(0, 1)],
    ['no items', []],
    [
      'equal counts (names break the tie)',
      board.filter((item) => ['s-guangming', 'dept-urban'].includes(item.data.unit.slug)).slice(0, 10),
    ],
  ])('should give the groups’ links for %s, with and without the unit tree', (_, items) => {
    expect(filterLinks(items)).toEqual(fromGroups(items))
    expect(filterLinks(items, units)).toEqual(fromGroups(items, units))
  })
})

describe('boardFilters: the filters every board list page shows', () => {
  const units = [
    siteUnit('city', '示范市', 'city', null),
    siteUnit('s-heping', '和平街道', 'street', 'city'),
    siteUnit('c-1', '和平社区', 'community', 's-heping'),
    siteUnit('s-guangming', '光明街道', 'street', 'city'),
    siteUnit('dept-urban', '城市管理局', 'department', 'city'),
  ]
  const items = [
    exposure('a', 'pending', '2026-01-01', HP),
    exposure('b', 'overdue', '2026-01-02', { slug: 'c-1', name: '和平社区', kind: 'community' }),
    exposure('c', 'pending', '2026-01-03', GM),
    exposure('d', 'rectified', '2026-01-04', URBAN),
  ]
  /** Every list page of a route as it keys them: the board's cards, the filters, and for a unit's list that unit. */
  const keys = (list: typeof items, board: typeof items, all: typeof units, extra: Record<string, unknown> = {}) =>
    cacheKeysFor(
      paginatePaths(list.map(exposureCard), '/exposures/', 2).map((entry) => ({
        ...entry,
        props: { ...entry.props, ...extra, filters: boardFilters(board, all) },
      })),
      { identity: null },
    ).map((path) => path.cacheKey)
  const renamed = units.map((unit) => (unit.id === 's-heping' ? { ...unit, data: { ...unit.data, name: '和平街道办事处' } } : unit))
  const renamedItems = items.map((item) =>
    item.data.unit.slug === 's-heping' ? { ...item, data: { ...item.data, unit: { ...HP, name: '和平街道办事处' } } } : item,
  )

  it('should give the status links, the board total and the number of units with items, and no unit names', () => {
    const filters = boardFilters(sortForBoard(items), units)
    expect(filters).toEqual({
      statuses: [
        { label: '待整改', path: '/exposures/status/pending/', count: 2 },
        { label: '已整改', path: '/exposures/status/rectified/', count: 1 },
        { label: '逾期', path: '/exposures/status/overdue/', count: 1 },
      ],
      // 和平街道 (its community's item included), 和平社区, 光明街道, 城市管理局; not the city.
      units: 4,
      total: 4,
    })
    expect(JSON.stringify(filters)).not.toMatch(/街道|社区|管理局/)
  })

  it('should keep the key of every list page that shows none of a renamed unit’s items', () => {
    // 光明街道's own list: the rename of 和平街道 changes nothing it shows.
    const guangming = (board: typeof items, all: typeof units) =>
      keys(sortForBoard(board.filter((item) => item.data.unit.slug === 's-guangming')), board, all, { unit: GM })
    expect(guangming(renamedItems, renamed)).toEqual(guangming(items, units))
    // The board's pages of two: [b (overdue, 和平社区's), d] and [c, a]; only the second shows 和平街道's own item.
    const before = keys(sortForBoard(items), items, units)
    const after = keys(sortForBoard(renamedItems), renamedItems, renamed)
    expect(after.map((key, index) => key === before[index])).toEqual([true, false])
  })

  it('should count a unit once it has items, never the city', () => {
    const more = [...items, exposure('e', 'pending', '2026-01-05', { slug: 'city', name: '示范市', kind: 'city' })]
    expect(boardFilters(more, units).units).toBe(4)
    const withStreet = [...items, exposure('f', 'pending', '2026-01-05', { slug: 'empty', name: '新街道', kind: 'street' })]
    const all = [...units, siteUnit('empty', '新街道', 'street', 'city')]
    expect(boardFilters(withStreet, all).units).toBe(5)
  })
})

describe('paths and text', () => {
  it.each([
    [statusPath('overdue'), '/exposures/status/overdue/'],
    [unitPath('dept-urban'), '/exposures/unit/dept-urban/'],
  ])('should build %s', (actual, expected) => {
    expect(actual).toBe(expected)
  })

  it.each([
    ['一段。\n\n二段。', ['一段。', '二段。']],
    ['  只有一段  ', ['只有一段']],
    ['甲\n乙\n \n丙', ['甲\n乙', '丙']],
    ['', []],
  ])('should split %j into paragraphs', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected)
  })

  it.each([
    [{ lat: 36.6571, lng: 116.9885 }, '北纬 36.6571°，东经 116.9885°'],
    [{ lat: -33.8688, lng: -70.6693 }, '南纬 33.8688°，西经 70.6693°'],
    [null, null],
  ])('should write coordinates %j as %s', (coordinates, expected) => {
    expect(formatCoordinates(coordinates)).toBe(expected)
  })

  it('should label an episode and its issue counts', () => {
    expect(episodeLabel({ series: '淄博问政·调查追踪', episodeNumber: 3 })).toBe('《淄博问政·调查追踪》第3期')
    expect(issueCounts({ issuesRaised: 3, issuesSolved: 2 })).toBe('曝光问题 3 个 · 已解决 2 个')
  })
})

const episodes = [
  episode('w1', '淄博问政·调查追踪', 1, '2026-03-18'),
  episode('k1', '示范问政·回头看', 1, '2026-04-10'),
  episode('w3', '淄博问政·调查追踪', 3, '2026-07-15'),
  episode('w2', '淄博问政·调查追踪', 2, '2026-05-20'),
]

describe('groupBySeries', () => {
  it('should group episodes by series, newest series and newest episode first', () => {
    expect(groupBySeries(episodes).map((group) => [group.series, group.items.map((item) => item.id)])).toEqual([
      ['淄博问政·调查追踪', ['w3', 'w2', 'w1']],
      ['示范问政·回头看', ['k1']],
    ])
  })

  it('should return no groups for no episodes', () => {
    expect(groupBySeries([])).toEqual([])
  })
})

describe('episodeNeighbours', () => {
  it.each([
    ['w1', null, '/tv/w2/'],
    ['w2', '/tv/w1/', '/tv/w3/'],
    ['w3', '/tv/w2/', null],
    ['k1', null, null],
    ['missing', null, null],
  ])('should link %s to previous %s and next %s in its series', (slug, prev, next) => {
    const neighbours = episodeNeighbours(episodes, slug)
    expect(neighbours.prev?.path ?? null).toBe(prev)
    expect(neighbours.next?.path ?? null).toBe(next)
  })

  it('should carry the title and label of the neighbour', () => {
    expect(episodeNeighbours(episodes, 'w2').next).toEqual({ path: '/tv/w3/', title: '节目 w3', label: '《淄博问政·调查追踪》第3期' })
  })
})

describe('the board promise agrees with the configured deadline', () => {
  it.each([
    [{}, '发现之日起 3 天内'],
    [{ EXPOSURE_DEADLINE_DAYS: '7' }, '发现之日起 7 天内'],
    [{ EXPOSURE_DEADLINE_DAYS: '0' }, '发现当天'],
  ])('should word the term for %o as %s and promise nothing it cannot keep', (env, term) => {
    const text = handlingRule(readSettings(env).terms.exposureDeadlineDays)
    expect(text).toContain(term)
    expect(text).toContain('期限当天 24 时（北京时间）后仍未整改即为逾期')
    expect(text).not.toMatch(/24\s*小时/)
  })
})
