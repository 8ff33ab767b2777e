/** The published survey an anonymous endpoint acts on (anonymous read: published only), and the districts it may ask. */
import type { PayloadRequest } from 'payload'
import { paths } from '../../../domain/publicPaths.ts'
import type { District, SurveyQuestion } from '../../../domain/surveys/index.ts'
import { bumpOnChange, cachedRead } from '../../../http/hotReadCache.ts'
import { slugs } from '../../../slugs.ts'
import { publishedById } from '../../publishedById.ts'
import type { Block } from '../../ResidentReports/endpoints/page.ts'

export type PublicSurvey = {
  id: number | string
  slug: string
  title: string
  opensAt: string
  closesAt: string
  askDistrict: boolean
  questions: SurveyQuestion[]
}

/**
 * Each process keeps what it read for a few seconds (cms/http/hotReadCache.ts; answers arrive in
 * bursts, the survey's own row is read once, not once per answer): saving or deleting a survey empties
 * the cache of the process that saved it at once (`surveyCacheHooks`), every other process within
 * CACHE_MS; its open and close times are checked against the clock on every answer.
 */
const CACHE_MS = 5_000
const SURVEY_TOPIC = 'survey'
/** afterChange / afterDelete hooks of 问卷 (cms/collections/Surveys). */
export const surveyCacheHooks = bumpOnChange(SURVEY_TOPIC)

export function publishedSurvey(payload: PayloadRequest['payload'], rawId: unknown): Promise<PublicSurvey | null> {
  const id = String(rawId ?? '')
  if (!/^[\w-]{1,64}$/.test(id)) return Promise.resolve(null)
  return cachedRead(payload, SURVEY_TOPIC, id, CACHE_MS, () => readSurvey(payload, id))
}

async function readSurvey(payload: PayloadRequest['payload'], id: string): Promise<PublicSurvey | null> {
  const doc = await publishedById(payload, slugs.surveys, id, {
    slug: true,
    title: true,
    opensAt: true,
    closesAt: true,
    askDistrict: true,
    questions: true,
  })
  if (!doc) return null
  return {
    id: doc.id as number | string,
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? ''),
    opensAt: String(doc.opensAt),
    closesAt: String(doc.closesAt),
    askDistrict: Boolean(doc.askDistrict),
    questions: (doc.questions ?? []) as SurveyQuestion[],
  }
}

/** The districts (区县) a respondent may name: the units of kind `district`. */
export async function districtsOf(payload: PayloadRequest['payload']): Promise<District[]> {
  const { docs } = await payload.find({
    collection: slugs.units,
    where: { kind: { equals: 'district' } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
  })
  return docs.map((doc) => ({ id: String(doc.id), name: String(doc.name) }))
}

export const backToSurvey = (survey: Pick<PublicSurvey, 'slug' | 'title'>): Block => ({
  kind: 'link',
  href: paths.survey(survey.slug),
  text: `返回“${survey.title}”问卷页面`,
})

export const NOT_FOUND = {
  status: 404,
  title: '没有找到这份问卷',
  blocks: [{ kind: 'p' as const, text: '问卷不存在或已撤下。' }],
  json: { ok: false, message: '没有找到这份问卷。' },
}
