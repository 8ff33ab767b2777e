import { describe, expect, it } from 'vitest'
import type { AdEntry, BulletinEntry, EpisodeEntry, ExposureEntry, GoodPersonEntry, RankingEntry } from '../../site/lib/entries.ts'
import { homeSummary } from '../../site/lib/home.ts'

const unit = (name: string) => ({ slug: name, name, kind: 'street' })
const row = (name: string, rank: number) => ({
  unit: unit(name),
  total: 100 - rank,
  rank,
  previousRank: null,
  movement: null,
  list: null,
  scores: {},
})
const bulletin = (slug: string, date: string) => ({ slug, data: { date } as BulletinEntry })
const round = (slug: string, end: string, names: string[]) => ({
  slug,
  data: { end, listSize: 2, results: names.map((name, i) => row(name, i + 1)) } as unknown as RankingEntry,
})
const exposure = (slug: string, deadline: string, overdue: boolean, status = 'pending') => ({
  slug,
  data: { deadline, overdue, status: { value: status, label: status } } as ExposureEntry,
})

describe('homeSummary', () => {
  const summary = homeSummary({
    bulletins: [bulletin('old', '2026-01-01'), bulletin('new', '2026-09-01')],
    rankings: [round('july', '2026-07-31', ['A', 'B', 'C', 'D']), round('sept', '2026-09-30', ['E', 'F', 'G', 'H', 'I'])],
    exposures: [
      exposure('late', '2026-09-01', true),
      exposure('fine', '2026-12-01', false),
      exposure('acc', '2026-10-01', false, 'accountability'),
    ],
    goodPeople: [
      { slug: 'p1', data: { updatedAt: '2026-05-01', round: { status: 'announced' } } as GoodPersonEntry },
      { slug: 'p2', data: { updatedAt: '2026-06-01', round: { status: 'nominating' } } as GoodPersonEntry },
    ],
    episodes: [{ slug: 'e1', data: { airDate: '2026-03-01' } as EpisodeEntry }],
    ads: [
      { slug: 'slogan', data: { validFrom: '2026-08-01' } as AdEntry },
      { slug: 'poster', data: { validFrom: '2026-02-01', image: { src: '/a', srcset: '', width: 1, height: 1, alt: 'a' } } as AdEntry },
    ],
  })

  it('should pick the newest bulletin, round and episode', () => {
    expect([summary.bulletin?.slug, summary.ranking?.round.slug, summary.episode?.slug]).toEqual(['new', 'sept', 'e1'])
  })

  it('should name the top and bottom units of the latest round, worst first at the bottom', () => {
    expect(summary.ranking?.top.map((r) => r.unit.name)).toEqual(['E', 'F'])
    expect(summary.ranking?.bottom.map((r) => r.unit.name)).toEqual(['I', 'H'])
  })

  it('should list only overdue or accountability exposures, and only announced good people', () => {
    expect(summary.overdue.map((item) => item.slug)).toEqual(['acc', 'late'])
    expect(summary.goodPeople.map((item) => item.slug)).toEqual(['p1'])
  })

  it('should show an ad that has an image', () => {
    expect(summary.ad?.slug).toBe('poster')
  })
})
