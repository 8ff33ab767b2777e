import { describe, expect, it } from 'vitest'
import type { AdEntry, BulletinEntry, EpisodeEntry, ExposureEntry, GoodPersonEntry, RankingData } from '../../site/lib/entries.ts'
import { homeSummary } from '../../site/lib/home.ts'

const unit = (name: string) => ({ slug: name, name, kind: 'street' })
type List = 'red' | 'black' | null
const row = (name: string, rank: number | null, list: List = null, total: number | null = rank === null ? null : 100 - rank) => ({
  unit: unit(name),
  total,
  rank,
  list,
  scores: {},
  notApplicable: [],
})
const bulletin = (slug: string, date: string) => ({ slug, data: { date } as BulletinEntry })
/** Rows as the CMS stores them: rank and list computed there (cms/domain/ranking.ts). */
const LISTS: Record<number, List[]> = { 4: ['red', 'red', 'black', 'black'], 5: ['red', 'red', null, 'black', 'black'] }
const round = (slug: string, end: string, names: string[]) => ({
  slug,
  data: {
    end,
    listSize: 2,
    results: names.map((name, i) => row(name, i + 1, LISTS[names.length]?.[i] ?? null)),
  } as unknown as RankingData,
})
const rankedRound = (listSize: number, results: ReturnType<typeof row>[]) =>
  homeSummary({
    bulletins: [],
    evaluationRounds: [{ slug: 'r', data: { end: '2026-10-31', listSize, results } as unknown as RankingData }],
    exposures: [],
    goodPeople: [],
    tvEpisodes: [],
    publicAds: [],
  }).ranking!
const exposure = (slug: string, deadline: string, overdue: boolean, status = 'pending') => ({
  slug,
  data: { deadline, overdue, status: { value: status, label: status } } as ExposureEntry,
})

describe('homeSummary', () => {
  const summary = homeSummary({
    bulletins: [bulletin('old', '2026-01-01'), bulletin('new', '2026-09-01')],
    evaluationRounds: [round('july', '2026-07-31', ['A', 'B', 'C', 'D']), round('sept', '2026-09-30', ['E', 'F', 'G', 'H', 'I'])],
    exposures: [
      exposure('late', '2026-09-01', true),
      exposure('fine', '2026-12-01', false),
      exposure('acc', '2026-10-01', false, 'accountability'),
    ],
    goodPeople: [
      { slug: 'p1', data: { updatedAt: '2026-05-01', round: { status: 'announced' } } as GoodPersonEntry },
      { slug: 'p2', data: { updatedAt: '2026-06-01', round: { status: 'nominating' } } as GoodPersonEntry },
    ],
    tvEpisodes: [{ slug: 'e1', data: { airDate: '2026-03-01' } as EpisodeEntry }],
    publicAds: [
      { slug: 'slogan', data: { validFrom: '2026-08-01' } as AdEntry },
      { slug: 'poster', data: { validFrom: '2026-02-01', image: { src: '/a', srcset: '', width: 1, height: 1, alt: 'a' } } as AdEntry },
    ],
  })

  it('should pick the newest bulletin, round and episode', () => {
    expect([summary.bulletin?.slug, summary.ranking?.round.slug, summary.episode?.slug]).toEqual(['new', 'sept', 'e1'])
  })

  it('should name the red and black units of the latest round, worst first on the black list', () => {
    expect(summary.ranking?.red.map((r) => r.unit.name)).toEqual(['E', 'F'])
    expect(summary.ranking?.black.map((r) => r.unit.name)).toEqual(['I', 'H'])
    expect(summary.ranking?.note).toBeNull()
  })

  it('should list only overdue or accountability exposures, and only announced good people', () => {
    expect(summary.overdue.map((item) => item.slug)).toEqual(['acc', 'late'])
    expect(summary.goodPeople.map((item) => item.slug)).toEqual(['p1'])
  })

  it('should show an ad that has an image', () => {
    expect(summary.ad?.slug).toBe('poster')
  })
})

describe('homeSummary red and black lists', () => {
  it.each([
    [
      'a tie at the top: all tied units are red, not only the first rows',
      3,
      [row('A', 1, 'red'), row('B', 1, 'red'), row('C', 1, 'red'), row('D', 1, 'red'), row('E', 5), row('F', 6), row('G', 7, 'black')],
      ['A', 'B', 'C', 'D'],
      ['G'],
      null,
    ],
    [
      'a tie at the bottom: every tied unit is black',
      2,
      [row('A', 1, 'red'), row('B', 2, 'red'), row('C', 3), row('D', 4, 'black'), row('E', 4, 'black'), row('F', 4, 'black')],
      ['A', 'B'],
      ['F', 'E', 'D'],
      null,
    ],
    [
      'too few units: the lists shrink and say why',
      3,
      [row('A', 1, 'red'), row('B', 2), row('C', 3, 'black')],
      ['A'],
      ['C'],
      '本期完成全部指标测评的单位只有 3 个，不足以红、黑榜各列 3 个，两榜各列 1 个（并列者同列），互不重叠。',
    ],
    ['one unit: no lists at all', 3, [row('A', 1)], [], [], '本期完成全部指标测评的单位只有 1 个，不足以分出红、黑榜，本期不设红黑榜。'],
    [
      'a unit missing a score is not ranked and never on the black list (rank arrives as 0)',
      1,
      [row('A', 1, 'red'), row('B', 2, 'black'), row('X', 0, null, 0)],
      ['A'],
      ['B'],
      '另有 1 个单位缺少指标分数（缺项），不参加排名。',
    ],
  ] as [string, number, ReturnType<typeof row>[], string[], string[], string | null][])(
    'should use the computed lists when %s',
    (_name, listSize, results, red, black, note) => {
      const ranking = rankedRound(listSize, results)
      expect(ranking.red.map((r) => r.unit.name)).toEqual(red)
      expect(ranking.black.map((r) => r.unit.name)).toEqual(black)
      expect(ranking.note).toBe(note)
      const redNames = new Set(red)
      expect(black.some((name) => redNames.has(name))).toBe(false)
    },
  )
})
