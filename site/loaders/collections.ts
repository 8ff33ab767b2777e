/**
 * One Astro loader per public CMS collection: explicit fields only, labels resolved, HTML
 * sanitized. Everything goes through payloadLoader (anonymous, overrideAccess: false).
 */

import { UNIT_KINDS } from '../../cms/collections/Units/index.ts'
import {
  AD_FORMATS,
  AD_THEMES,
  BULLETIN_SERIES,
  EVALUATORS,
  GOOD_PERSON_CATEGORIES,
  ISSUE_STATUS,
  KNOWLEDGE_KINDS,
  KNOWLEDGE_TOPICS,
  NOMINATION_CHANNELS,
  PLACEMENT_KINDS,
  ROUND_STATUS,
  TITLE_CATEGORIES,
  TITLE_LEVELS,
  TITLE_REVIEW_RESULTS,
} from '../../cms/domain/contentTypes/index.ts'
import { LADDER_LABELS } from '../../cms/domain/ladder.ts'
import { optionTexts, type QuizMark, quizMarkErrors } from '../../cms/domain/quiz/rules.ts'
import { TIE_RULE } from '../../cms/domain/ranking.ts'
import { isPromiseOverdue } from '../../cms/domain/tvIssues.ts'
import { slugs } from '../../cms/slugs.ts'
import type * as E from '../lib/entries.ts'
import { siteImageUnder } from '../lib/media.ts'
import { htmlToText, richTextToHtml } from '../lib/richtext.ts'
import { siteVideoUnder } from '../lib/video.ts'
import { accountabilityRecords } from './accountability.ts'
import { exposureEntry } from './exposures.ts'
import { payloadLoader } from './payload.ts'
import { attachments, dateOnly, feedFields, labelled, linkRefs, optional, rows, str, unitRef, unitRefs } from './refs.ts'

type Doc = Record<string, unknown>
const base = (doc: Doc) => ({ id: str(doc.slug), cmsId: str(doc.id), updatedAt: str(doc.updatedAt), ...feedFields(doc) })

export const bulletinsLoader = payloadLoader<E.BulletinEntry>(slugs.bulletins, (doc, { mediaBase }) => {
  const html = richTextToHtml(doc.body)
  return {
    ...base(doc),
    title: str(doc.title),
    date: dateOnly(doc.date),
    series: labelled(BULLETIN_SERIES, doc.series),
    issueLabel: optional(doc.issueLabel),
    summary: optional(doc.summary) ?? htmlToText(html).slice(0, 120),
    html,
    cover: siteImageUnder(mediaBase)(doc.cover),
    attachments: attachments(doc.attachments, mediaBase),
    units: unitRefs(doc.units),
    exposures: linkRefs(doc.exposures),
    rounds: linkRefs(doc.evaluationRounds),
  }
})

export const exposuresLoader = payloadLoader<E.ExposureEntry>(slugs.exposures, (doc, { mediaBase }) => ({
  ...base(doc),
  ...exposureEntry(doc, new Date(), mediaBase),
}))

export const evaluationRoundsLoader = payloadLoader<E.RankingData>(slugs.evaluationRounds, (doc) => {
  const period = (doc.period ?? {}) as Doc
  return {
    ...base(doc),
    title: str(doc.title),
    series: str(doc.series),
    start: dateOnly(period.start),
    end: dateOnly(period.end),
    evaluator: labelled(EVALUATORS, doc.evaluator),
    listSize: Number(doc.listSize ?? 3),
    indicators: rows(doc.indicators).map((row) => ({
      key: str(row.key),
      name: str(row.name),
      weight: Number(row.weight),
      maxScore: Number(row.maxScore),
    })),
    results: rows(doc.results).flatMap((row) => {
      const unit = unitRef(row.unit)
      if (!unit) return []
      const list = row.list === 'red' || row.list === 'black' ? row.list : null
      // Movement is not read: the CMS works it out on read, but this store is loaded incrementally
      // (an earlier round's correction does not re-read the later ones); withMovement does it at build time.
      return [
        {
          unit,
          total: typeof row.total === 'number' ? row.total : null,
          rank: row.rank === null || row.rank === undefined ? null : Number(row.rank),
          list,
          scores: (row.scores ?? {}) as Record<string, number>,
          notApplicable: Array.isArray(row.notApplicable) ? row.notApplicable.map(String) : [],
        },
      ]
    }),
    tieRule: TIE_RULE,
  }
})

export const tvEpisodesLoader = payloadLoader<E.EpisodeEntry>(slugs.tvEpisodes, (doc, { mediaBase }) => ({
  ...base(doc),
  title: str(doc.title),
  series: str(doc.series),
  episodeNumber: Number(doc.episodeNumber),
  airDate: dateOnly(doc.airDate),
  embedUrl: optional(doc.embedUrl),
  videoUrl: attachments(doc.video ? [doc.video] : [], mediaBase)[0]?.url ?? null,
  video: siteVideoUnder(mediaBase)(doc.video),
  cover: siteImageUnder(mediaBase)(doc.cover),
  summaryHtml: richTextToHtml(doc.summary),
  questionedUnits: unitRefs(doc.questionedUnits),
  officials: rows(doc.officials).map((row) => ({ name: str(row.name), post: str(row.post), unit: unitRef(row.unit) })),
  issues: rows(doc.issues).map((row) => ({
    title: str(row.title),
    unit: unitRef(row.unit),
    status: labelled(ISSUE_STATUS, row.status),
    promise: optional(row.promise),
    promiseDeadline: optional(row.promiseDeadline) ? dateOnly(row.promiseDeadline) : null,
    promiseOverdue: isPromiseOverdue(row as never, new Date()),
    followUps: rows(row.followUps).map((followUp) => ({
      date: dateOnly(followUp.date),
      text: str(followUp.text),
      result: followUp.result ? labelled(ISSUE_STATUS, followUp.result) : null,
    })),
    exposure: linkRefs([row.exposure])[0] ?? null,
  })),
  issuesRaised: Number(doc.issuesRaised ?? 0),
  issuesSolved: Number(doc.issuesSolved ?? 0),
}))

export const goodPeopleLoader = payloadLoader<E.GoodPersonEntry>(slugs.goodPeople, (doc, { mediaBase }) => {
  const storyHtml = richTextToHtml(doc.story)
  const round = (doc.round ?? {}) as Doc
  return {
    ...base(doc),
    name: str(doc.name),
    headline: optional(doc.title),
    photo: siteImageUnder(mediaBase)(doc.photo),
    storyHtml,
    summary: optional(doc.title) ?? htmlToText(storyHtml).slice(0, 100),
    category: labelled(GOOD_PERSON_CATEGORIES, doc.category),
    channel: labelled(NOMINATION_CHANNELS, doc.channel),
    level: labelled(LADDER_LABELS, doc.level),
    unit: unitRef(doc.unit) ?? { slug: '', name: '', kind: '' },
    round: { slug: str(round.slug), title: str(round.title), status: str(round.status) },
  }
})

export const selectionRoundsLoader = payloadLoader<E.SelectionRoundEntry>(slugs.selectionRounds, (doc) => {
  const period = (doc.period ?? {}) as Doc
  return {
    ...base(doc),
    title: str(doc.title),
    start: dateOnly(period.start),
    end: dateOnly(period.end),
    status: labelled(ROUND_STATUS, doc.status),
    description: str(doc.description),
  }
})

export const publicAdsLoader = payloadLoader<E.AdEntry>(slugs.publicAds, (doc, { mediaBase }) => ({
  ...base(doc),
  slug: str(doc.slug),
  title: str(doc.title),
  series: str(doc.series),
  format: labelled(AD_FORMATS, doc.format),
  image: siteImageUnder(mediaBase)(doc.image),
  video: siteVideoUnder(mediaBase)(doc.video),
  slogan: optional(doc.slogan),
  placements: rows(doc.placements).map((row) => ({
    kind: labelled(PLACEMENT_KINDS, row.kind),
    unit: unitRef(row.unit),
    address: str(row.address),
  })),
  validFrom: dateOnly(doc.validFrom),
  validTo: optional(doc.validTo) ? dateOnly(doc.validTo) : null,
  themes: (Array.isArray(doc.themes) ? doc.themes : []).map((theme) => labelled(AD_THEMES, theme)),
}))

/** The quiz question of a marked, complete item (cms/domain/quiz/rules.ts), without the right option. */
const quizOf = (mark: QuizMark | undefined): E.KnowledgeQuiz | null =>
  mark?.enabled && quizMarkErrors({ ...mark, correct: 1 }).length === 0
    ? { question: str(mark.question).trim(), options: optionTexts(mark) }
    : null

export const knowledgeLoader = payloadLoader<E.KnowledgeEntry>(slugs.knowledge, (doc) => ({
  ...base(doc),
  slug: str(doc.slug),
  question: str(doc.question),
  answerHtml: richTextToHtml(doc.answer),
  topic: labelled(KNOWLEDGE_TOPICS, doc.topic),
  kind: labelled(KNOWLEDGE_KINDS, doc.kind),
  order: Number(doc.order ?? 0),
  quiz: quizOf(doc.quiz as QuizMark | undefined),
}))

export const unitsLoader = payloadLoader<E.UnitEntry>(slugs.units, (doc) => {
  const accountability = (doc.accountability ?? {}) as Doc
  return {
    ...base(doc),
    name: str(doc.name),
    kind: labelled(UNIT_KINDS, doc.kind),
    code: optional(doc.code),
    parent: unitRef(doc.parent),
    accountability: { flagged: accountability.flagged === true, items: linkRefs(accountability.items) },
    records: accountabilityRecords(doc.accountabilityRecords),
  }
})

export const civilityTitlesLoader = payloadLoader<E.CivilityTitleEntry>(slugs.civilityTitles, (doc) => {
  const citationHtml = richTextToHtml(doc.citation)
  const revocation = (doc.revocation ?? {}) as Doc
  const category = labelled(TITLE_CATEGORIES, doc.category)
  const level = labelled(TITLE_LEVELS, doc.level)
  const unit = unitRef(doc.unit)
  const holder = str(doc.holder) || unit?.name || ''
  return {
    ...base(doc),
    holder,
    unit,
    category,
    level,
    year: Number(doc.year),
    issuer: optional(doc.issuer),
    citationHtml,
    summary: htmlToText(citationHtml).slice(0, 120) || `${holder}：${doc.year}年度${level.label}${category.label}`,
    noticeFrom: optional(doc.noticeFrom) ? dateOnly(doc.noticeFrom) : null,
    noticeTo: optional(doc.noticeTo) ? dateOnly(doc.noticeTo) : null,
    reviews: rows(doc.reviews)
      .map((row) => ({ year: Number(row.year), result: labelled(TITLE_REVIEW_RESULTS, row.result), note: optional(row.note) }))
      .sort((a, b) => b.year - a.year),
    revocation: optional(revocation.date) ? { date: dateOnly(revocation.date), reason: str(revocation.reason) } : null,
  }
})
