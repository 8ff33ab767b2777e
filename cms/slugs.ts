import { publicSlugs, slugsByKey } from './domain/contentTypes/index.ts'

/**
 * Collection slugs: the contract shared by the CMS, the site, the feeds and the tests. The public
 * content types' slugs come from their table (cms/domain/contentTypes), under the same keys.
 */
export const slugs = {
  users: 'users',
  media: 'media',
  units: 'units',
  ...slugsByKey,
  deadlineExtensions: 'deadline-extensions',
  issueClaims: 'issue-claims',
  residentReports: 'resident-reports',
  endorsements: 'endorsements',
  objections: 'objections',
  builderLeases: 'builder-leases',
  rateSlots: 'rate-slots',
  pendingPhotos: 'pending-photos',
  sensitiveWords: 'sensitive-words',
  accountabilityRecords: 'accountability-records',
  titleRevocations: 'title-revocations',
  volunteerSignups: 'volunteer-signups',
  quizAnswers: 'quiz-answers',
  siteAddresses: 'site-addresses',
  surveyResponses: 'survey-responses',
  surveyTallies: 'survey-tallies',
} as const

export type CollectionSlugName = (typeof slugs)[keyof typeof slugs]

/** Collections the public site reads (published documents only). */
export const publicCollections = publicSlugs

/** Every global: the site and the media rules read the identity; the fuzz in tests/e2e/attacks.test.ts tries them all. */
export const globalSlugs = {
  siteIdentity: 'site-identity',
  siteStatus: 'site-status',
  workbenchSettings: 'workbench-settings',
} as const
