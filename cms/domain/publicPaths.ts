/** Every public path of the site, shared by the site's links and the CMS's preview links. Pure. */
import { contentType, documentPathOf, typeOfSlug } from './contentTypes/index.ts'

const detail = (key: Parameters<typeof contentType>[0]) => (slug: string) => documentPathOf(contentType(key), slug)

export const paths = {
  home: '/',
  rankings: contentType('evaluationRounds').path,
  ranking: detail('evaluationRounds'),
  exposures: contentType('exposures').path,
  exposure: detail('exposures'),
  tv: contentType('tvEpisodes').path,
  episode: detail('tvEpisodes'),
  bulletins: contentType('bulletins').path,
  bulletin: detail('bulletins'),
  goodPeople: contentType('goodPeople').path,
  goodPerson: detail('goodPeople'),
  /** 异议反馈 on a nominee in 公示: a server-filled form page (cms/domain/formPages.ts). */
  goodPersonObjection: (slug: string) => `${detail('goodPeople')(slug)}objection/`,
  ads: contentType('publicAds').path,
  ad: detail('publicAds'),
  knowledge: contentType('knowledge').path,
  knowledgeItem: detail('knowledge'),
  projects: contentType('projects').path,
  project: detail('projects'),
  /** 民生实事 progress board filtered by district (区县, or `city` for 市级 and 市直部门) and by campaign. */
  projectsDistrict: (key: string) => `${contentType('projects').path}district/${key}/`,
  projectsCampaign: (value: string) => `${contentType('projects').path}campaign/${value}/`,
  volunteering: contentType('volunteerActivities').path,
  volunteerActivity: detail('volunteerActivities'),
  practice: contentType('practiceCentres').path,
  practiceCentre: detail('practiceCentres'),
  unit: (slug: string) => `/units/${slug}/`,
  titles: contentType('civilityTitles').path,
  title: detail('civilityTitles'),
  /** 异议反馈 on a title in 公示: a server-filled form page (cms/domain/formPages.ts). */
  titleObjection: (slug: string) => `${detail('civilityTitles')(slug)}objection/`,
  search: '/search/',
  /** 媒体合作: every feed, the licence, the embeds, the contact (site/pages/partners/). */
  partners: '/partners/',
  /** The unit's own feeds (its exposures, the bulletins and TV issues naming it, with the units below it). */
  unitFeed: (slug: string) => `/units/${slug}/rss.xml`,
  unitJsonFeed: (slug: string) => `/units/${slug}/feed.json`,
  surveys: contentType('surveys').path,
  survey: detail('surveys'),
  /** A closed survey's public results (only when the editor chose to publish them). */
  surveyResults: (slug: string) => `${detail('surveys')(slug)}results/`,
} as const

/** Where a document of a collection appears on the public site (a public type's page, a unit's page). */
export function documentPath(collection: string, slug: string): string | null {
  const type = typeOfSlug(collection)
  if (type) return documentPathOf(type, slug)
  return collection === 'units' ? paths.unit(slug) : null
}
