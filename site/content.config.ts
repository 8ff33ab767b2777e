import { defineCollection } from 'astro:content'
import request from 'virtual:campaign/build-request'
import page from 'virtual:campaign/page-settings'
import { z } from 'astro/zod'
import { type ContentTypeKey, type GenericKey, genericTypes } from '../cms/domain/contentTypes/index.ts'
import type { BuildRequest } from './lib/buildRequest.ts'
import type * as E from './lib/entries.ts'
import type { SiteIdentityEntry } from './lib/identity.ts'
import type { SurveyResultsEntry } from './lib/surveys/results.ts'
import type { SignupTallyEntry } from './lib/volunteering/tally.ts'
import { loadersFor } from './loaders/index.ts'
import type { NoticeInfo } from './loaders/residents.ts'

/**
 * The loaders build typed entries (site/lib/entries.ts); the schema only carries that type and never
 * changes the data (the kept renderer, publisher/astro/keptRenderer.ts, stores entries as the
 * loaders give them).
 */
const typed = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null)

/** What this build is for (site/lib/buildRequest.ts) and its page settings (site/lib/pageSettings.ts), handed to the loaders: their one reader. */
const loaders = loadersFor(request, page)

const genericCollections = Object.fromEntries(
  genericTypes.map((type) => [type.key, defineCollection({ loader: loaders[type.key], schema: typed<E.GenericEntry>() })]),
) as Record<GenericKey, ReturnType<typeof defineCollection<ReturnType<typeof typed<E.GenericEntry>>>>>

/** A public type's collection is named by its key in the content-type table (cms/domain/contentTypes). */
export const collections = {
  bulletins: defineCollection({ loader: loaders.bulletins, schema: typed<E.BulletinEntry>() }),
  exposures: defineCollection({ loader: loaders.exposures, schema: typed<E.ExposureEntry>() }),
  evaluationRounds: defineCollection({ loader: loaders.evaluationRounds, schema: typed<E.RankingData>() }),
  tvEpisodes: defineCollection({ loader: loaders.tvEpisodes, schema: typed<E.EpisodeEntry>() }),
  goodPeople: defineCollection({ loader: loaders.goodPeople, schema: typed<E.GoodPersonEntry>() }),
  selectionRounds: defineCollection({ loader: loaders.selectionRounds, schema: typed<E.SelectionRoundEntry>() }),
  publicAds: defineCollection({ loader: loaders.publicAds, schema: typed<E.AdEntry>() }),
  knowledge: defineCollection({ loader: loaders.knowledge, schema: typed<E.KnowledgeEntry>() }),
  documents: defineCollection({ loader: loaders.documents, schema: typed<E.DocumentEntry>() }),
  projects: defineCollection({ loader: loaders.projects, schema: typed<E.ProjectEntry>() }),
  units: defineCollection({ loader: loaders.units, schema: typed<E.UnitEntry>() }),
  civilityTitles: defineCollection({ loader: loaders.civilityTitles, schema: typed<E.CivilityTitleEntry>() }),
  siteIdentity: defineCollection({ loader: loaders.siteIdentity, schema: typed<SiteIdentityEntry>() }),
  notices: defineCollection({ loader: loaders.notices, schema: typed<NoticeInfo>() }),
  build: defineCollection({ loader: loaders.build, schema: typed<BuildRequest>() }),
  volunteerActivities: defineCollection({ loader: loaders.volunteerActivities, schema: typed<E.VolunteerActivityEntry>() }),
  practiceCentres: defineCollection({ loader: loaders.practiceCentres, schema: typed<E.PracticeCentreEntry>() }),
  volunteerTallies: defineCollection({ loader: loaders.volunteerTallies, schema: typed<SignupTallyEntry>() }),
  surveys: defineCollection({ loader: loaders.surveys, schema: typed<E.SurveyEntry>() }),
  surveyResults: defineCollection({ loader: loaders.surveyResults, schema: typed<SurveyResultsEntry>() }),
  messages: defineCollection({ loader: loaders.messages, schema: typed<E.MessageEntry>() }),
  messageStats: defineCollection({ loader: loaders.messageStats, schema: typed<E.MessageStatsEntry>() }),
  /** Every generic type of the content-type table, one entry shape (site/loaders/generic.ts). */
  ...genericCollections,
} satisfies Record<ContentTypeKey, unknown> & Record<string, unknown>
