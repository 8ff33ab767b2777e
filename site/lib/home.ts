/** What the home page shows: the campaign at a glance. Pure: entries in, a summary out. */
import type { AdEntry, BulletinEntry, EpisodeEntry, ExposureEntry, GoodPersonEntry, RankingData } from './entries.ts'
import { type RedBlack, redBlackLists } from './rankings.ts'

type Keyed<T> = { slug: string; data: T }

export type HomeSummary = {
  bulletin: Keyed<BulletinEntry> | null
  /** The newest round with its computed red and black lists (ties included) and why they are short, if they are. */
  ranking: ({ round: Keyed<RankingData> } & RedBlack) | null
  overdue: Keyed<ExposureEntry>[]
  goodPeople: Keyed<GoodPersonEntry>[]
  episode: Keyed<EpisodeEntry> | null
  ad: Keyed<AdEntry> | null
}

/** Content-collection entries as { slug, data } pairs. */
export function keyed<T>(entries: { id: string; data: T }[]): Keyed<T>[] {
  return entries.map((entry) => ({ slug: entry.id, data: entry.data }))
}

/** Newest first; the slug breaks ties, so the answer never depends on the content store's order. */
const newest = <T extends { slug: string }>(items: T[], date: (item: T) => string): T[] =>
  [...items].sort((a, b) => date(b).localeCompare(date(a)) || a.slug.localeCompare(b.slug))

export function homeSummary(input: {
  bulletins: Keyed<BulletinEntry>[]
  evaluationRounds: Keyed<RankingData>[]
  exposures: Keyed<ExposureEntry>[]
  goodPeople: Keyed<GoodPersonEntry>[]
  tvEpisodes: Keyed<EpisodeEntry>[]
  publicAds: Keyed<AdEntry>[]
}): HomeSummary {
  const round = newest(input.evaluationRounds, (item) => item.data.end)[0]
  const unresolved = input.exposures.filter((item) => item.data.overdue || item.data.status.value === 'accountability')
  return {
    bulletin: newest(input.bulletins, (item) => item.data.date)[0] ?? null,
    ranking: round ? { round, ...redBlackLists(round.data) } : null,
    overdue: newest(unresolved, (item) => item.data.deadline).slice(0, 4),
    goodPeople: newest(
      input.goodPeople.filter((item) => item.data.round.status === 'announced'),
      (item) => item.data.updatedAt,
    ).slice(0, 4),
    episode: newest(input.tvEpisodes, (item) => item.data.airDate)[0] ?? null,
    ad:
      newest(
        input.publicAds.filter((item) => item.data.image),
        (item) => item.data.validFrom,
      )[0] ?? null,
  }
}

export { upcoming as nextVolunteerActivities } from './volunteering/activities.ts'
