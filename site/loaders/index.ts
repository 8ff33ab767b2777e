/**
 * Every content collection's loader, by collection name: content.config.ts gives them to Astro, and
 * the kept renderer (publisher/astro/keptRenderer.ts) runs the same loaders between builds.
 */
import type { Loader } from 'astro/loaders'
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
} from './collections.ts'
import { buildRequestLoader } from './payload.ts'
import { noticesLoader, siteIdentityLoader } from './residents.ts'

export const loaders = {
  bulletins: bulletinsLoader,
  exposures: exposuresLoader,
  rankings: rankingsLoader,
  episodes: episodesLoader,
  goodPeople: goodPeopleLoader,
  selectionRounds: selectionRoundsLoader,
  ads: adsLoader,
  knowledge: knowledgeLoader,
  units: unitsLoader,
  siteIdentity: siteIdentityLoader,
  /** Nominees whose round's 公示 is open, with their endorsement counts (keyed by the nominee's CMS id). */
  notices: noticesLoader,
  /** What this build is for (targeted, preview): read by site/lib/buildScope.ts. */
  build: buildRequestLoader,
} satisfies Record<string, Loader>
