import { describe, expect, it } from 'vitest'
import { rankResults, type ScoreRow, weightedTotals } from '../../cms/domain/ranking.ts'
import { type Movement, movementAgainst, previousRound, type SeriesRound, seriesMovement } from '../../cms/domain/rankMovement.ts'

/** A round of series S with the given ranks ('a' → rank). */
const round = (id: number | string, start: string, ranks: Record<string, number | null>, series = 'S'): SeriesRound => ({
  id,
  series,
  start,
  results: Object.entries(ranks).map(([unit, rank]) => ({ unit, rank })),
})
const moves = (rows: Movement[]) => rows.map((row) => [row.previousRank, row.movement])

describe('previousRound', () => {
  const july = round(1, '2026-07-01', {})
  const august = round(2, '2026-08-01', {})
  const other = round(3, '2026-07-15', {}, 'T')
  it.each([
    ['the first round of a series has none', [july, august], july, null],
    ['the latest earlier round of the same series', [july, august, round(4, '2026-09-01', {})], round(4, '2026-09-01', {}), 2],
    ['another series never counts', [july, other], round(5, '2026-08-01', {}), 1],
    ['a round starting the same day is not earlier', [july, round(6, '2026-07-01', {})], july, null],
    ['two earlier rounds on one day: the larger id', [round(7, '2026-07-01', {}), round(10, '2026-07-01', {})], august, 10],
    ['string ids (MongoDB) compare as text', [round('a1', '2026-07-01', {}), round('b2', '2026-07-01', {})], august, 'b2'],
    [
      'ISO instants compare by day',
      [round(8, '2026-07-01T00:00:00.000Z', {}), round(9, '2026-08-01T00:00:00.000Z', {})],
      round(9, '2026-08-01T00:00:00.000Z', {}),
      8,
    ],
  ] as [string, SeriesRound[], SeriesRound, number | string | null][])('should find: %s', (_name, rounds, current, expected) => {
    expect(previousRound(rounds, current)?.id ?? null).toBe(expected)
  })
})

describe('movementAgainst', () => {
  it.each([
    [
      'up, down and level',
      { a: 1, b: 2, c: 3 },
      { a: 3, b: 1, c: 3 },
      [
        [3, 2],
        [1, -1],
        [3, 0],
      ],
    ],
    ['a unit new this round', { a: 1 }, { z: 1 }, [[null, null]]],
    ['a unit not ranked now keeps its previous rank but no movement', { a: null }, { a: 2 }, [[2, null]]],
    [
      'a unit not ranked before (rank 0 or null)',
      { a: 1, b: 2 },
      { a: 0, b: null },
      [
        [null, null],
        [null, null],
      ],
    ],
  ] as [string, Record<string, number | null>, Record<string, number | null>, [number | null, number | null][]][])(
    'should move %s',
    (_name, now, before, expected) => {
      expect(moves(movementAgainst(round(2, '2026-08-01', now).results, round(1, '2026-07-01', before).results))).toEqual(expected)
    },
  )

  it('should leave every movement empty without a previous round', () => {
    expect(moves(movementAgainst([{ unit: 'a', rank: 1 }], null))).toEqual([[null, null]])
  })

  it('should match units across number and string ids', () => {
    expect(moves(movementAgainst([{ unit: 5, rank: 1 }], [{ unit: '5', rank: 4 }]))).toEqual([[4, 3]])
  })
})

/** Ranks from raw scores the way the CMS ranks them (unit → one indicator's score). */
function ranked(id: number, start: string, scores: Record<string, number>): SeriesRound {
  const rows: ScoreRow[] = Object.entries(scores).map(([unit, score]) => ({ unit, indicator: 'k', score }))
  const results = rankResults(weightedTotals([{ key: 'k', name: 'K', weight: 100, maxScore: 100 }], rows), [], 1)
  return { id, series: 'S', start, results: results.map((row) => ({ unit: row.unit, rank: row.rank })) }
}

describe('seriesMovement: movement always agrees with the rounds as they are now', () => {
  const july = ranked(1, '2026-07-01', { a: 90, b: 80, c: 70 })
  const august = ranked(2, '2026-08-01', { a: 85, b: 88, c: 60 })
  /** August's movement by unit, from the rounds given. */
  const augustMoves = (rounds: SeriesRound[]) => {
    const result = seriesMovement(rounds).get('2')
    return { first: result?.first, rows: Object.fromEntries(august.results.map((row, i) => [row.unit, result?.rows[i]?.movement])) }
  }

  it.each([
    ['as published', [july, august], { first: false, rows: { b: 1, a: -1, c: 0 } }],
    [
      'after a correction of the previous round (b was first in July after all)',
      [ranked(1, '2026-07-01', { a: 80, b: 90, c: 70 }), august],
      { first: false, rows: { b: 0, a: 0, c: 0 } },
    ],
    [
      'after a correction that drops c to unranked in July',
      [{ ...july, results: july.results.map((row) => (row.unit === 'c' ? { ...row, rank: null } : row)) }, august],
      { first: false, rows: { b: 1, a: -1, c: null } },
    ],
    ['after unpublishing the previous round (it is no longer given)', [august], { first: true, rows: { b: null, a: null, c: null } }],
    [
      'after unpublishing the previous round, against the one before it',
      [ranked(0, '2026-06-01', { a: 70, b: 95, c: 90 }), august],
      { first: false, rows: { b: 0, a: 1, c: -1 } },
    ],
    [
      'when a round of another series sits in between',
      [july, { ...ranked(5, '2026-07-20', { a: 10, b: 20, c: 30 }), series: 'T' }, august],
      { first: false, rows: { b: 1, a: -1, c: 0 } },
    ],
  ] as [string, SeriesRound[], { first: boolean; rows: Record<string, number | null> }][])(
    'should move August %s',
    (_name, rounds, expected) => {
      expect(augustMoves(rounds)).toEqual(expected)
    },
  )

  it('should mark the first round of a series first, with no movement for anyone', () => {
    expect(seriesMovement([july, august]).get('1')).toEqual({
      first: true,
      previous: null,
      rows: [
        { previousRank: null, movement: null },
        { previousRank: null, movement: null },
        { previousRank: null, movement: null },
      ],
    })
  })

  it('should not mutate the rounds it reads', () => {
    const rounds = [july, august]
    const copy = structuredClone(rounds)
    seriesMovement(rounds)
    expect(rounds).toEqual(copy)
  })
})
