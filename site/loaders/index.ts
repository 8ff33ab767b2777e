/**
 * Every content collection's loader, by collection name (a public type's is its key in the content-type
 * table, cms/domain/contentTypes, which `satisfies` checks), for one build's request and the page settings
 * it runs with (site/lib/pageSettings.ts; arguments, rule 14): content.config.ts
 * gives them to Astro, and the kept renderer (publisher/astro/keptRenderer.ts) runs the same loaders
 * between builds.
 */
import type { Loader } from 'astro/loaders'
import type { ContentTypeKey } from '../../cms/domain/contentTypes/index.ts'
import type { BuildRequest } from '../lib/buildRequest.ts'
import type { PageSettings } from '../lib/pageSettings.ts'
import {
  bulletinsLoader,
  civilityTitlesLoader,
  evaluationRoundsLoader,
  exposuresLoader,
  goodPeopleLoader,
  knowledgeLoader,
  publicAdsLoader,
  selectionRoundsLoader,
  tvEpisodesLoader,
  unitsLoader,
} from './collections.ts'
import { documentsLoader } from './documents.ts'
import { genericLoadersFor } from './generic.ts'
import { messageStatsLoader, messagesLoader } from './messages.ts'
import { buildRequestLoader } from './payload.ts'
import { projectsLoader } from './projects.ts'
import { noticesLoader, siteIdentityLoader } from './residents.ts'
import { surveyResultsLoader, surveysLoader } from './surveys.ts'
import { practiceCentresLoader, volunteerActivitiesLoader, volunteerTalliesLoader } from './volunteering.ts'

export const loadersFor = (request: BuildRequest, page: PageSettings) =>
  ({
    bulletins: bulletinsLoader(request, page),
    exposures: exposuresLoader(request, page),
    evaluationRounds: evaluationRoundsLoader(request, page),
    tvEpisodes: tvEpisodesLoader(request, page),
    goodPeople: goodPeopleLoader(request, page),
    selectionRounds: selectionRoundsLoader(request, page),
    publicAds: publicAdsLoader(request, page),
    knowledge: knowledgeLoader(request, page),
    documents: documentsLoader(request, page),
    projects: projectsLoader(request, page),
    units: unitsLoader(request, page),
    civilityTitles: civilityTitlesLoader(request, page),
    siteIdentity: siteIdentityLoader(page),
    /** Nominees whose round's 公示 is open, with their endorsement counts (keyed by the nominee's CMS id). */
    notices: noticesLoader,
    /** What this build is for (targeted, preview): read by site/lib/buildScope.ts. */
    build: buildRequestLoader(request, page),
    volunteerActivities: volunteerActivitiesLoader(request, page),
    practiceCentres: practiceCentresLoader(request, page),
    /** Each published activity's sign-ups as public numbers (keyed by the activity's CMS id). */
    volunteerTallies: volunteerTalliesLoader,
    surveys: surveysLoader(request, page),
    /** Closed surveys' public results (keyed by the survey's CMS id): counts and percentages only. */
    surveyResults: surveyResultsLoader,
    messages: messagesLoader(request, page),
    /** Each unit's 留言 reply, on-time and satisfaction numbers (keyed by the unit's slug). */
    messageStats: messageStatsLoader,
    /** Every generic type of the content-type table (news, topics…): one loader, site/loaders/generic.ts. */
    ...genericLoadersFor(request, page),
  }) satisfies Record<string, Loader> & Record<ContentTypeKey, Loader>
