/**
 * Rank movement (名次升降) of evaluation rounds. Pure, and never stored: it is worked out from the
 * rounds of a series as they are now — on the site at build time (site/lib/rankings.ts) and in the
 * CMS when a round is read (admin, REST, export) — so correcting or unpublishing an earlier round
 * moves every later round's arrows with it.
 */
import type { Id } from './tree.ts'

/** A unit's place in one round (rank null: not ranked). */
export type RankRow = { unit: Id; rank: number | null }
/** A round as movement needs it; `start` is its period start (a day or an ISO instant; compared by day). */
export type SeriesRound = { id: Id; series: string; start: string; results: readonly RankRow[] }
/** Previous rank (null: not ranked there, or not in it) and movement (previous − now: + up, − down; null when either is missing). */
export type Movement = { previousRank: number | null; movement: number | null }

const day = (start: string): string => String(start).slice(0, 10)

/** Ids in a stable order: numbers as numbers (SQLite), anything else as text (MongoDB). */
export function compareRoundIds(a: Id, b: Id): number {
  const [x, y] = [String(a), String(b)]
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y)
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * The round a round's movement is measured against: of the other rounds of the same series, the
 * one whose period starts on the latest day before this round's start day (the larger id wins a
 * tie). Null for the first round of a series. Pass only the rounds that count (the published ones).
 */
export function previousRound<T extends Omit<SeriesRound, 'results'>>(
  rounds: readonly T[],
  round: Pick<SeriesRound, 'id' | 'series' | 'start'>,
): T | null {
  const before = rounds.filter(
    (other) => other.series === round.series && String(other.id) !== String(round.id) && day(other.start) < day(round.start),
  )
  return before.reduce<T | null>((best, other) => {
    if (!best) return other
    const byDay = day(other.start).localeCompare(day(best.start))
    return byDay > 0 || (byDay === 0 && compareRoundIds(other.id, best.id) > 0) ? other : best
  }, null)
}

/** Each row's movement against the previous round's rows (null: no previous round, every movement empty). */
export function movementAgainst(results: readonly RankRow[], previous: readonly RankRow[] | null): Movement[] {
  const before = new Map<string, number>()
  for (const row of previous ?? []) if (typeof row.rank === 'number' && row.rank >= 1) before.set(String(row.unit), row.rank)
  return results.map((row) => {
    const previousRank = before.get(String(row.unit)) ?? null
    const ranked = typeof row.rank === 'number' && row.rank >= 1
    return { previousRank, movement: previousRank !== null && ranked ? previousRank - (row.rank as number) : null }
  })
}

export type RoundMovement = { first: boolean; previous: Id | null; rows: Movement[] }

/** Every round's movement from the rounds given (one per result row, in row order), by round id; `first` when its series has no earlier round. */
export function seriesMovement(rounds: readonly SeriesRound[]): Map<string, RoundMovement> {
  return new Map(
    rounds.map((round) => {
      const previous = previousRound(rounds, round)
      const rows = movementAgainst(round.results, previous?.results ?? null)
      return [String(round.id), { first: previous === null, previous: previous?.id ?? null, rows }]
    }),
  )
}
