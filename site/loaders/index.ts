/**
 * Every content collection's loader, by collection name (a public type's is its key in the content-type
 * table, cms/domain/contentTypes, which `satisfies` checks), for one build's request: content.config.ts
 * gives them to Astro, and the kept renderer (publisher/astro/keptRenderer.ts) runs the same loaders
 * between builds.
 */
import type { Loader } from 'astro/loaders'
import type { ContentTypeKey } from '../../cms/domain/contentTypes/index.ts'
import type { BuildRequest } from '../lib/buildRequest.ts'
import {
  bulletinsLoader,
  evaluationRoundsLoader,
  exposuresLoader,
  goodPeopleLoader,
  knowledgeLoader,
  publicAdsLoader,
  selectionRoundsLoader,
  tvEpisodesLoader,
  unitsLoader,
} from './collections.ts'
import { genericLoadersFor } from './generic.ts'
import { buildRequestLoader } from './payload.ts'
import { noticesLoader, siteIdentityLoader } from './residents.ts'

export const loadersFor = (request: BuildRequest) =>
  ({
    bulletins: bulletinsLoader(request),
    exposures: exposuresLoader(request),
    evaluationRounds: evaluationRoundsLoader(request),
    tvEpisodes: tvEpisodesLoader(request),
    goodPeople: goodPeopleLoader(request),
    selectionRounds: selectionRoundsLoader(request),
    publicAds: publicAdsLoader(request),
    knowledge: knowledgeLoader(request),
    units: unitsLoader(request),
    siteIdentity: siteIdentityLoader,
    /** Nominees whose round's 公示 is open, with their endorsement counts (keyed by the nominee's CMS id). */
    notices: noticesLoader,
    /** What this build is for (targeted, preview): read by site/lib/buildScope.ts. */
    build: buildRequestLoader(request),
    /** Every generic type of the content-type table (news, topics…): one loader, site/loaders/generic.ts. */
    ...genericLoadersFor(request),
  }) satisfies Record<string, Loader> & Record<ContentTypeKey, Loader>
