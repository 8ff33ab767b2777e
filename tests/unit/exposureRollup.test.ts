import { describe, expect, it } from 'vitest'
import { countItems, itemsUnder, type RollupItem, rollUp, rollUpAll } from '../../cms/domain/exposureRollup.ts'
import type { RectificationStatus } from '../../cms/domain/exposureRules.ts'
import { groupByUnit } from '../../site/lib/exposures.ts'
import { exposuresUnder, unitRollups } from '../../site/lib/unitRollup.ts'
import { siteUnit } from '../helpers/siteUnits.ts'

// 和平街道 → 和平社区 (→ 网格一, 网格二), 光明社区; 另一街道 beside it.
const UNITS = [
  { id: 'street', parent: 'district' },
  { id: 'district', parent: null },
  { id: 'c-heping', parent: 'street' },
  { id: 'c-guangming', parent: 'street' },
  { id: 'g-1', parent: 'c-heping' },
  { id: 'g-2', parent: 'c-heping' },
  { id: 'other', parent: 'district' },
]
const item = (
  unit: string,
  status: RectificationStatus,
  deadline = '2026-03-10',
  rectifiedAt: string | null = null,
  overdue = false,
): RollupItem => ({
  unit,
  status,
  deadline,
  rectifiedAt,
  overdue,
})
const ITEMS = [
  item('street', 'pending'),
  item('street', 'rectified', '2026-03-10', '2026-03-10T15:00:00Z'), // 23:00 Beijing on the deadline day: on time
  item('c-heping', 'accountability', '2026-02-01', null, true),
  item('c-heping', 'rectified', '2026-03-10', '2026-03-10T16:00:00Z'), // 00:00 Beijing the next day: late
  item('g-1', 'overdue', '2026-02-01', null, true),
  item('g-2', 'pending', '2026-02-01', null, true), // past its deadline, the job has not run yet
  item('g-2', 'in-progress', '2026-04-01'),
  item('c-guangming', 'rectified', '2026-03-10', '2026-03-05T00:00:00Z'),
  item('other', 'overdue', '2026-02-01', null, true),
]

describe('countItems', () => {
  it.each([
    ['nothing', [], { total: 0, overdue: 0, accountability: 0, rectified: 0, rectifiedOnTime: 0 }],
    ['open on time', [item('x', 'pending')], { total: 1, overdue: 0, accountability: 0, rectified: 0, rectifiedOnTime: 0 }],
    [
      '问责 counts as overdue too',
      [item('x', 'accountability')],
      { total: 1, overdue: 1, accountability: 1, rectified: 0, rectifiedOnTime: 0 },
    ],
    [
      'rectified on the deadline day (China)',
      [item('x', 'rectified', '2026-03-10', '2026-03-10T15:59:00Z')],
      { total: 1, overdue: 0, accountability: 0, rectified: 1, rectifiedOnTime: 1 },
    ],
    [
      'rectified the day after',
      [item('x', 'rectified', '2026-03-10', '2026-03-10T16:00:00Z')],
      { total: 1, overdue: 0, accountability: 0, rectified: 1, rectifiedOnTime: 0 },
    ],
    [
      'past its deadline before the job ran',
      [item('x', 'in-progress', '2026-02-01', null, true)],
      { total: 1, overdue: 1, accountability: 0, rectified: 0, rectifiedOnTime: 0 },
    ],
  ])('should count %s', (_name, items, expected) => {
    expect(countItems(items)).toEqual(expected)
  })
})

describe('rollUp (a street with its communities and grids)', () => {
  it.each([
    [
      'street',
      { total: 8, overdue: 3, accountability: 1, rectified: 3, rectifiedOnTime: 2 },
      { total: 2, overdue: 0, accountability: 0, rectified: 1, rectifiedOnTime: 1 },
    ],
    [
      'c-heping',
      { total: 5, overdue: 3, accountability: 1, rectified: 1, rectifiedOnTime: 0 },
      { total: 2, overdue: 1, accountability: 1, rectified: 1, rectifiedOnTime: 0 },
    ],
    [
      'g-2',
      { total: 2, overdue: 1, accountability: 0, rectified: 0, rectifiedOnTime: 0 },
      { total: 2, overdue: 1, accountability: 0, rectified: 0, rectifiedOnTime: 0 },
    ],
    [
      'district',
      { total: 9, overdue: 4, accountability: 1, rectified: 3, rectifiedOnTime: 2 },
      { total: 0, overdue: 0, accountability: 0, rectified: 0, rectifiedOnTime: 0 },
    ],
    [
      'other',
      { total: 1, overdue: 1, accountability: 0, rectified: 0, rectifiedOnTime: 0 },
      { total: 1, overdue: 1, accountability: 0, rectified: 0, rectifiedOnTime: 0 },
    ],
  ])('should total %s over its subtree and keep its own items apart', (unit, total, own) => {
    const rollup = rollUp(unit, UNITS, ITEMS)
    expect(rollup.total).toEqual(total)
    expect(rollup.own).toEqual(own)
  })

  it('should give each community with its grids as one row of the street', () => {
    expect(
      rollUp('street', UNITS, ITEMS).children.map((row) => [row.unit, row.counts.total, row.counts.overdue, row.counts.rectifiedOnTime]),
    ).toEqual([
      ['c-heping', 5, 3, 0],
      ['c-guangming', 1, 0, 1],
    ])
  })

  it('should list the items of a street’s subtree and nothing beside it', () => {
    expect(itemsUnder('street', UNITS, ITEMS).map((i) => i.unit)).toEqual([
      'street',
      'street',
      'c-heping',
      'c-heping',
      'g-1',
      'g-2',
      'g-2',
      'c-guangming',
    ])
  })

  it('should stop at a cycle in the tree and count an unknown unit only as its own', () => {
    const loop = [
      { id: 'a', parent: 'b' },
      { id: 'b', parent: 'a' },
    ]
    const all = rollUpAll(loop, [item('a', 'pending'), item('ghost', 'pending')])
    expect([all.get('a')?.total.total, all.get('b')?.total.total, all.has('ghost')]).toEqual([1, 1, false])
  })

  it('should not change its inputs', () => {
    const copy = JSON.stringify([UNITS, ITEMS])
    rollUpAll(UNITS, ITEMS)
    expect(JSON.stringify([UNITS, ITEMS])).toBe(copy)
  })
})

describe('site roll-ups (street pages and the board’s unit lists)', () => {
  const unit = siteUnit
  const units = [
    unit('city', '示范市', 'city', null),
    unit('street', '和平街道', 'street', 'city'),
    unit('c-1', '和平社区', 'community', 'street'),
    unit('g-1', '第一网格', 'grid', 'c-1'),
    unit('other', '光明街道', 'street', 'city'),
  ]
  const exposure = (id: string, slug: string, status: string, overdue = false, rectifiedAt: string | null = null) => ({
    id,
    data: {
      cmsId: id,
      updatedAt: '',
      title: id,
      description: '',
      place: '',
      coordinates: null,
      foundAt: '2026-03-01',
      deadline: '2026-03-10',
      originalDeadline: null,
      unit: { slug, name: slug, kind: '' },
      status: { value: status, label: status },
      overdue,
      reply: null,
      rectifiedAt,
      before: [],
      after: [],
      history: [],
    },
  })
  const items = [
    exposure('e1', 'street', 'pending'),
    exposure('e2', 'c-1', 'overdue', true),
    exposure('e3', 'g-1', 'accountability', true),
    exposure('e4', 'g-1', 'rectified', false, '2026-03-09'),
    exposure('e5', 'other', 'pending'),
  ]

  it('should list a street’s own items with its communities’ and grids’ in the order given', () => {
    expect(exposuresUnder('street', units, items).map((i) => i.id)).toEqual(['e1', 'e2', 'e3', 'e4'])
    expect(exposuresUnder('c-1', units, items).map((i) => i.id)).toEqual(['e2', 'e3', 'e4'])
    expect(exposuresUnder('other', units, items).map((i) => i.id)).toEqual(['e5'])
  })

  it('should group the board by unit with subtrees, leaving the city out', () => {
    expect(groupByUnit(items, units).map((g) => [g.unit.slug, g.path, g.items.length])).toEqual([
      ['street', '/exposures/unit/street/', 4],
      ['c-1', '/exposures/unit/c-1/', 3],
      ['g-1', '/exposures/unit/g-1/', 2],
      ['other', '/exposures/unit/other/', 1],
    ])
    expect(groupByUnit(items).map((g) => [g.unit.slug, g.items.length])).toEqual([
      ['g-1', 2],
      ['c-1', 1],
      ['other', 1],
      ['street', 1],
    ])
  })

  it('should give a street’s table: its own row, each community with its grids, and the total', () => {
    const rollup = unitRollups(units, items).get('street')
    expect(rollup?.own).toEqual({ total: 1, overdue: 0, accountability: 0, rectified: 0, rectifiedOnTime: 0 })
    expect(rollup?.children.map((row) => [row.unit.name, row.counts])).toEqual([
      ['和平社区', { total: 3, overdue: 2, accountability: 1, rectified: 1, rectifiedOnTime: 1 }],
    ])
    expect(rollup?.total).toEqual({ total: 4, overdue: 2, accountability: 1, rectified: 1, rectifiedOnTime: 1 })
  })
})
