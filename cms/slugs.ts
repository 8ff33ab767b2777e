/** Collection slugs: the contract shared by the CMS, the site, the feeds and the tests. */
export const slugs = {
  users: 'users',
  media: 'media',
  units: 'units',
  publicAds: 'public-ads',
  knowledge: 'knowledge',
  selectionRounds: 'selection-rounds',
  goodPeople: 'good-people',
  exposures: 'exposures',
  deadlineExtensions: 'deadline-extensions',
  evaluationRounds: 'evaluation-rounds',
  bulletins: 'bulletins',
  tvEpisodes: 'tv-episodes',
  issueClaims: 'issue-claims',
  residentReports: 'resident-reports',
  endorsements: 'endorsements',
  objections: 'objections',
  builderLeases: 'builder-leases',
  rateSlots: 'rate-slots',
} as const

export type CollectionSlugName = (typeof slugs)[keyof typeof slugs]

/** Collections the public site reads (published documents only). */
export const publicCollections = [
  slugs.publicAds,
  slugs.knowledge,
  slugs.selectionRounds,
  slugs.goodPeople,
  slugs.exposures,
  slugs.evaluationRounds,
  slugs.bulletins,
  slugs.tvEpisodes,
] as const

/** Global slugs the site and the media rules read. */
export const globalSlugs = {
  siteIdentity: 'site-identity',
} as const
