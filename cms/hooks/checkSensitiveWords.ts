import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { SENSITIVE_WORDS_SLUG } from '../collections/SensitiveWords.ts'
import { isRole } from '../domain/roles.ts'
import { collectTexts, type FieldLike } from '../domain/sensitiveFields.ts'
import { SHIPPED_WORDS } from '../domain/sensitiveWordList.ts'
import {
  checkTexts,
  compileWords,
  type Finding,
  findingMessage,
  findingsSummary,
  type WordMatcher,
  wordEntries,
} from '../domain/sensitiveWords.ts'

/** Workflow and private fields are not published text: not checked. */
const SKIP = new Set([
  'slug',
  'reviewComment',
  'publishReason',
  'sensitiveOverride',
  'internalNotes',
  'reporter',
  'statusHistory',
  'reviewLog',
])
const shipped = compileWords(wordEntries(SHIPPED_WORDS))
let local: { key: string; matcher: WordMatcher } = { key: '', matcher: compileWords([]) }

/** The admin-maintained words, recompiled only when the list has changed (count or newest edit). */
async function localMatcher(req: PayloadRequest): Promise<WordMatcher> {
  const base = { collection: SENSITIVE_WORDS_SLUG, where: { active: { equals: true } }, overrideAccess: true, depth: 0, req } as const
  const newest = await req.payload.find({ ...base, limit: 1, sort: '-updatedAt', select: { updatedAt: true } })
  const key = `${newest.totalDocs}:${newest.docs[0]?.updatedAt ?? ''}`
  if (key === local.key) return local.matcher
  const { docs } = await req.payload.find({ ...base, pagination: false, select: { word: true, suggestion: true } })
  local = { key, matcher: compileWords(docs.map((d) => ({ word: d.word, suggestion: d.suggestion, kind: 'custom' as const }))) }
  return local.matcher
}

/** The wrong words in a document's texts (shipped list and admin list). */
export async function findSensitiveWords(
  req: PayloadRequest,
  fields: readonly FieldLike[],
  doc: Record<string, unknown>,
): Promise<Finding[]> {
  return checkTexts([shipped, await localMatcher(req)], collectTexts(fields, doc, SKIP))
}

type Log = { action: string; by?: unknown; at: string; comment?: string }[]

/**
 * 错敏词 check when a person submits or publishes (runs after the workflow hook): a submission is
 * recorded with the words found; a publish is refused naming field, word and suggestion, unless a
 * reviewer or admin gives a 放行理由, which goes into the review log. System saves are not checked.
 */
export const checkSensitiveWords: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const override = typeof data.sensitiveOverride === 'string' ? data.sensitiveOverride.trim() : ''
  data.sensitiveOverride = null
  const publishing = data._status === 'published'
  const submitting = data.reviewState === 'submitted' && originalDoc?.reviewState !== 'submitted'
  if (!req.user || req.context?.accountabilityRule || (!publishing && !submitting)) return data
  const findings = await findSensitiveWords(req, collection.fields as FieldLike[], { ...originalDoc, ...data })
  if (findings.length === 0) return data
  const log = (data.reviewLog ?? []) as Log
  const entry = (action: string, comment: string) => log.push({ action, by: req.user?.id, at: new Date().toISOString(), comment })
  if (!publishing) entry('sensitive-flagged', `错敏词提示：${findingsSummary(findings)}`)
  else if (override && isRole(req.user.role) && ['reviewer', 'admin'].includes(req.user.role)) {
    entry('sensitive-override', `${override}（放行：${findingsSummary(findings)}）`)
  } else {
    const errors = findings.map((f) => ({ path: f.path, message: `${findingMessage(f)}审核员可填写“错敏词放行理由”后发布。` }))
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  data.reviewLog = log
  return data
}
