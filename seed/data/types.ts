/**
 * Shapes of the demo data. Plain data, no Payload types: seed/index.ts maps them onto the
 * collections. Units are referred to by their `code`; rounds, exposures and episodes by `slug`.
 * Dates are ISO strings 'YYYY-MM-DD'. Rich text is given as paragraphs (a line starting with
 * '## ' becomes a heading). Option values are the content-type table's (cms/domain/contentTypes).
 */

import type * as T from '../../cms/domain/contentTypes/index.ts'
import type { SeedVideo } from '../video.ts'

export type Palette = 'red' | 'green' | 'blue' | 'grey'
export type SeedImage = {
  seed: number
  palette: Palette
  alt: string /** A 1000×1500 poster instead of a 1600×900 photo. */
  portrait?: boolean
}
export type Status = 'published' | 'draft'

export type UnitKind = 'city' | 'district' | 'street' | 'community' | 'grid' | 'department'
export type SeedUnit = { code: string; name: string; kind: UnitKind; parent?: string }

export type AdFormat = keyof typeof T.AD_FORMATS
export type PlacementKind = keyof typeof T.PLACEMENT_KINDS
export type AdTheme = keyof typeof T.AD_THEMES
export type SeedAd = {
  slug: string
  title: string
  series: string
  format: AdFormat
  image?: SeedImage
  slogan?: string
  /** A demo video the seed encodes itself (seed/video.ts). */
  video?: SeedVideo
  placements: { kind: PlacementKind; unit: string; address: string }[]
  validFrom: string
  validTo?: string
  themes: AdTheme[]
  status: Status
}

export type KnowledgeTopic = keyof typeof T.KNOWLEDGE_TOPICS
export type SeedKnowledge = {
  slug: string
  question: string
  answer: string[]
  topic: KnowledgeTopic
  kind: keyof typeof T.KNOWLEDGE_KINDS
  order: number
  status: Status
}

export type SeedSelectionRound = {
  slug: string
  title: string
  start: string
  end: string
  status: keyof typeof T.ROUND_STATUS
  description: string
  publish: Status
  /** 公示 window (China days, inclusive): nominee pages offer 点赞 and 异议反馈 during it. */
  notice?: { from: string; to: string }
}

export type GoodPersonCategory = keyof typeof T.GOOD_PERSON_CATEGORIES
export type NominationChannel = keyof typeof T.NOMINATION_CHANNELS
export type LadderLevel = keyof typeof T.LADDER_LABELS
export type SeedGoodPerson = {
  slug: string
  name: string
  image: SeedImage
  story: string[]
  category: GoodPersonCategory
  channel: NominationChannel
  unit: string
  round: string
  /** Highest level reached; the seed enters at the channel's entry level (cms/domain/ladder.ts) and promotes step by step up to it. */
  level: LadderLevel
  status: Status
}

export type RectificationStatus = keyof typeof T.RECTIFICATION_LABELS
export type SeedExposure = {
  slug: string
  title: string
  description: string[]
  before: SeedImage
  after?: SeedImage
  place: string
  lat?: number
  lng?: number
  foundAt: string
  unit: string
  deadline?: string
  status: RectificationStatus
  reply?: string
  rectifiedAt?: string
  reporter?: { name: string; phone: string }
  publish: Status
}

export type Evaluator = keyof typeof T.EVALUATORS
/** A seed score cell for an indicator that does not apply to the unit (no market, no station). */
export const NOT_APPLICABLE = '不涉及'

export type SeedEvaluationRound = {
  slug: string
  title: string
  series: string
  start: string
  end: string
  evaluator: Evaluator
  indicators: { key: string; name: string; weight: number; maxScore: number }[]
  /** unit code → indicator key → score, or 不涉及 when the indicator does not apply to the unit */
  scores: Record<string, Record<string, number | typeof NOT_APPLICABLE>>
  listSize: number
  status: Status
}

export type BulletinSeries = keyof typeof T.BULLETIN_SERIES

export type IssueStatus = keyof typeof T.ISSUE_STATUS
export type SeedEpisode = {
  slug: string
  series: string
  episodeNumber: number
  airDate: string
  embedUrl?: string
  title: string
  summary: string[]
  image: SeedImage
  questionedUnits: string[]
  officials: { name: string; post: string; unit: string }[]
  issues: {
    title: string
    unit: string
    status: IssueStatus
    promise?: string
    promiseDeadline?: string
    followUps: { date: string; text: string; result: IssueStatus }[]
  }[]
  status: Status
}

/**
 * A document of a generic type (the content-type table's `generic` shape), in seed/data/<key>.ts as
 * its default export: field values by field name, mapped by the shape (seed/steps/generic.ts): the
 * body as paragraphs, the image as a SeedImage, units by code, refs as { type, slug } of any public type.
 */
export type SeedGeneric = {
  slug: string
  status: Status
  [field: string]: unknown
}
export type SeedRef = { type: keyof typeof T.CONTENT_TYPES; slug: string }
