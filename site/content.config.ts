import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import type { BuildRequest } from '../cms/domain/buildRequest.ts'
import type * as E from './lib/entries.ts'
import type { FormChallengeEntry, SiteIdentityEntry } from './lib/identity.ts'
import {
  adsLoader,
  bulletinsLoader,
  episodesLoader,
  exposuresLoader,
  goodPeopleLoader,
  knowledgeLoader,
  rankingsLoader,
  selectionRoundsLoader,
  unitsLoader,
} from './loaders/collections.ts'
import { buildRequestLoader } from './loaders/payload.ts'
import { formChallengesLoader, type NoticeInfo, noticesLoader, siteIdentityLoader } from './loaders/residents.ts'

/** The loaders build typed entries (site/lib/entries.ts); the schema only carries that type. */
const typed = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null)

export const collections = {
  bulletins: defineCollection({ loader: bulletinsLoader, schema: typed<E.BulletinEntry>() }),
  exposures: defineCollection({ loader: exposuresLoader, schema: typed<E.ExposureEntry>() }),
  rankings: defineCollection({ loader: rankingsLoader, schema: typed<E.RankingEntry>() }),
  episodes: defineCollection({ loader: episodesLoader, schema: typed<E.EpisodeEntry>() }),
  goodPeople: defineCollection({ loader: goodPeopleLoader, schema: typed<E.GoodPersonEntry>() }),
  selectionRounds: defineCollection({ loader: selectionRoundsLoader, schema: typed<E.SelectionRoundEntry>() }),
  ads: defineCollection({ loader: adsLoader, schema: typed<E.AdEntry>() }),
  knowledge: defineCollection({ loader: knowledgeLoader, schema: typed<E.KnowledgeEntry>() }),
  units: defineCollection({ loader: unitsLoader, schema: typed<E.UnitEntry>() }),
  siteIdentity: defineCollection({ loader: siteIdentityLoader, schema: typed<SiteIdentityEntry>() }),
  formChallenges: defineCollection({ loader: formChallengesLoader, schema: typed<FormChallengeEntry>() }),
  /** Nominees whose round's 公示 is open, with their endorsement counts (keyed by the nominee's CMS id). */
  notices: defineCollection({ loader: noticesLoader, schema: typed<NoticeInfo>() }),
  /** What this build is for (targeted, preview): read by site/lib/buildScope.ts. */
  build: defineCollection({ loader: buildRequestLoader, schema: typed<BuildRequest>() }),
}
