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
  sensitiveWords: 'sensitive-words',
  accountabilityRecords: 'accountability-records',
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

/** Every global: the site and the media rules read the identity; the fuzz in tests/e2e/attacks.test.ts tries them all. */
export const globalSlugs = {
  siteIdentity: 'site-identity',
  siteStatus: 'site-status',
  workbenchSettings: 'workbench-settings',
} as const
