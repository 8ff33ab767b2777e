/**
 * The shapes the site renders: plain, public, already-resolved data (labels in Chinese, HTML
 * sanitized, images as renditions). Built by site/loaders/, never edited elsewhere.
 */
import type { UnitResult } from '../../cms/domain/ranking.ts'
import type { Movement } from '../../cms/domain/rankMovement.ts'
import type { SiteImage } from './media.ts'
import type { SiteVideo } from './video.ts'

export type Labelled = { value: string; label: string }
export type UnitRef = { slug: string; name: string; kind: string }
export type LinkRef = { slug: string; title: string }
export type Attachment = { url: string; title: string; bytes: number /** The file's type as stored (application/pdf). */; type?: string }

type Base = {
  cmsId: string
  updatedAt: string
  /** The feed GUID stored on the document (cms/domain/feeds/feedIdentity.ts); absent on units. */
  feedId?: string
  /** When it was first published (the feed date of types without a date of their own). */
  firstPublishedAt?: string | null
}

export type BulletinEntry = Base & {
  title: string
  date: string
  series: Labelled
  issueLabel: string | null
  summary: string
  html: string
  cover?: SiteImage
  attachments: Attachment[]
  units: UnitRef[]
  exposures: LinkRef[]
  rounds: LinkRef[]
}

export type ExposureEntry = Base & {
  title: string
  description: string
  place: string
  coordinates: { lat: number; lng: number } | null
  foundAt: string
  deadline: string
  /** 延期: the first deadline when an extension was granted (deadline is then the granted one), else null. */
  originalDeadline: string | null
  unit: UnitRef
  status: Labelled
  overdue: boolean
  reply: string | null
  rectifiedAt: string | null
  before: SiteImage[]
  after: SiteImage[]
  history: { status: Labelled; at: string }[]
  /** 督办单: its number and, once verified, the 销号 date (cms/domain/supervision.ts). */
  supervision?: { label: string; issuedAt: string; verifiedAt: string | null } | null
}

/**
 * A unit's result in one round as the CMS stored it (cms/domain/ranking.ts), with the unit resolved
 * for links. No movement: that is never stored, the site works it out from the rounds (withMovement).
 */
export type RankingResult = Omit<UnitResult, 'unit' | 'previousRank' | 'movement'> & { unit: UnitRef }

/** A round as the loader reads it from the CMS (the content collection `rankings`). */
export type RankingData = Base & {
  title: string
  series: string
  start: string
  end: string
  evaluator: Labelled
  listSize: number
  indicators: { key: string; name: string; weight: number; maxScore: number }[]
  results: RankingResult[]
  tieRule: string
}

/** A unit's result with its movement against the previous published round of the series. */
export type RankingRow = RankingResult & Movement

/** A round as its pages show it: rows with movement (site/lib/rankings.ts withMovement); `first` when its series has no earlier round. */
export type RankingEntry = Omit<RankingData, 'results'> & { results: RankingRow[]; first: boolean }

export type EpisodeIssue = {
  title: string
  unit: UnitRef | null
  status: Labelled
  promise: string | null
  promiseDeadline: string | null
  /** 逾期未兑现 at build time: the deadline day has ended (China time) and the issue is not solved. */
  promiseOverdue: boolean
  followUps: { date: string; text: string; result: Labelled | null }[]
  /** The exposure this issue became, when that exposure is published. */
  exposure: LinkRef | null
}

export type EpisodeEntry = Base & {
  title: string
  series: string
  episodeNumber: number
  airDate: string
  embedUrl: string | null
  videoUrl: string | null
  /** An uploaded MP4 with its poster and captions (site/lib/video.ts). */
  video?: SiteVideo
  cover?: SiteImage
  summaryHtml: string
  questionedUnits: UnitRef[]
  officials: { name: string; post: string; unit: UnitRef | null }[]
  issues: EpisodeIssue[]
  issuesRaised: number
  issuesSolved: number
}

export type GoodPersonEntry = Base & {
  name: string
  headline: string | null
  photo?: SiteImage
  storyHtml: string
  summary: string
  category: Labelled
  channel: Labelled
  level: Labelled
  unit: UnitRef
  round: LinkRef & { status: string }
}

export type SelectionRoundEntry = Base & { title: string; start: string; end: string; status: Labelled; description: string }

export type AdEntry = Base & {
  /** Its page, /ads/<slug>/ (issue 25). */
  slug?: string
  title: string
  series: string
  format: Labelled
  image?: SiteImage
  /** An uploaded MP4 with its poster and captions (site/lib/video.ts). */
  video?: SiteVideo
  slogan: string | null
  placements: { kind: Labelled; unit: UnitRef | null; address: string }[]
  validFrom: string
  validTo: string | null
  themes: Labelled[]
}

export type KnowledgeEntry = Base & {
  /** Its page, /knowledge/<slug>/ (issue 25). */
  slug?: string
  question: string
  answerHtml: string
  topic: Labelled
  kind: Labelled
  order: number
  /** 应知应会测试题 (null when not marked or incomplete). */
  quiz: KnowledgeQuiz | null
}
/** A knowledge item marked as a quiz question, as the quiz pool shows it (never the right option). */
export type KnowledgeQuiz = { question: string; options: string[] }

export type UnitEntry = Base & {
  name: string
  kind: Labelled
  code: string | null
  parent: UnitRef | null
  accountability: { flagged: boolean; items: LinkRef[] }
  /** Confirmed 问责记录, newest first (site/loaders/accountability.ts). */
  records?: AccountabilityRecordEntry[]
}

export type AccountabilityRecordEntry = { date: string; form: string; summary: string; exposureIds: string[]; bulletinId: string | null }

/**
 * 政务公开: a policy or work document with its validity. `replacedBy` is the CMS id of the replacing
 * document, resolved at build time against the published ones (site/lib/documents.ts), so a page never
 * shows a replacement that was since unpublished or renamed.
 */
export type DocumentEntry = Base & {
  title: string
  kind: Labelled
  docNumber: string | null
  issuer: UnitRef
  /** The signature as printed (中共示范市委办公室…), else the issuing unit's name. */
  issuerName: string
  signedDate: string
  publishDate: string
  validity: Labelled
  replacedBy: string | null
  summary: string
  html: string
  attachments: Attachment[]
}

/** 民生实事 (cms/domain/projects.ts): status and 滞后 milestones worked out at build time with the clock. */
export type ProjectEntry = Base & {
  title: string
  campaign: Labelled
  year: number
  unit: UnitRef
  target: string
  html: string
  milestones: { title: string; dueDate: string; doneDate: string | null; overdue: boolean }[]
  progress: number
  progressText: string | null
  progressDate: string | null
  status: Labelled
  before: SiteImage[]
  after: SiteImage[]
}

/** 文明称号: a title as the public sees it (revoked titles stay, with their 摘牌). */
export type CivilityTitleEntry = Base & {
  holder: string
  unit: UnitRef | null
  category: Labelled
  level: Labelled
  year: number
  issuer: string | null
  citationHtml: string
  summary: string
  noticeFrom: string | null
  noticeTo: string | null
  reviews: { year: number; result: Labelled; note: string | null }[]
  revocation: { date: string; reason: string } | null
}

/** 志愿服务活动 (times are instants; pages show them in China time). */
export type VolunteerActivityEntry = Base & {
  title: string
  startsAt: string
  endsAt: string
  place: string
  unit: UnitRef | null
  centre: string | null
  places: number
  bring: string | null
  summary: string
  html: string
  photos: SiteImage[]
}

/** 新时代文明实践中心 / 所 / 站 (the phone is the station's public one). */
export type PracticeCentreEntry = Base & {
  name: string
  level: Labelled
  unit: UnitRef | null
  street: UnitRef | null
  address: string
  openingHours: string
  phone: string | null
  services: string[]
  intro: string | null
}

/** A link of a generic type's `refs` field (a topic's items): the collection and CMS id, resolved at build time. */
/** A link to any public document: its collection slug (Payload's name; not `collection`, which Astro would check as a content reference) and CMS id. */
export type GenericRef = { relationTo: string; id: string }

/** A document of a generic type (the table's `generic` shape, cms/domain/contentTypes/generic.ts). */
export type GenericEntry = Base & {
  title: string
  date: string
  summary: string
  html: string
  image?: SiteImage
  /** Labelled lines under the title, in the shape's order; empty values left out. */
  meta: { label: string; value: string }[]
  units: UnitRef[]
  refs: GenericRef[]
}

/** 问卷: the questionnaire as residents see it (no correct answers: they are staff-only). */
export type SurveyEntry = Base & {
  title: string
  intro: string | null
  opensAt: string
  closesAt: string
  askDistrict: boolean
  publicResults: boolean
  questions: { prompt: string; kind: 'single' | 'multiple' | 'scale' | 'text'; required: boolean; options: string[] }[]
}

/** 留言 published with the resident's consent: the message, the reply, the replying unit and dates (nothing personal). */
export type MessageEntry = Base & {
  title: string
  category: Labelled
  text: string
  reply: string
  unit: UnitRef | null
  receivedAt: string
  answeredAt: string
  rating: Labelled | null
}

/** One unit's 留言 numbers (site/loaders/messages.ts): counts of every message routed to it, published or not. */
export type MessageStatsEntry = {
  unit: UnitRef
  received: number
  answered: number
  onTime: number
  rated: number
  satisfied: number
  replyRate: number | null
  onTimeRate: number | null
  satisfaction: number | null
}
