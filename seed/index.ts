/** Offline demo content for the campaign site. Safe to run twice: everything is found by a unique key first. */
import type { Payload } from 'payload'
import { publicCollections, slugs } from '../cms/slugs.ts'
import { makeContext } from './context.ts'
import { seedAddresses } from './steps/addresses.ts'
import { seedAds, seedKnowledge } from './steps/adsAndKnowledge.ts'
import { seedBulletins } from './steps/bulletins.ts'
import { seedDocuments } from './steps/documents.ts'
import { seedEpisodes } from './steps/episodes.ts'
import { seedEvaluations } from './steps/evaluations.ts'
import { seedExposures } from './steps/exposures.ts'
import { seedGenericTypes } from './steps/generic.ts'
import { seedGoodPeople, seedSelectionRounds } from './steps/goodPeople.ts'
import { seedMessages } from './steps/messages.ts'
import { seedProjects } from './steps/projects.ts'
import { seedSiteIdentity } from './steps/siteIdentity.ts'
import { seedSurveys } from './steps/surveys.ts'
import { seedTitles } from './steps/titles.ts'
import { seedUnits } from './steps/units.ts'
import { seedPracticeCentres, seedVolunteerActivities } from './steps/volunteering.ts'
import { seedWorkbench } from './steps/workbench.ts'

export type SeedReport = Record<string, number>

const STEPS = [
  ['单位 / units', seedUnits],
  ['公益广告 / ads', seedAds],
  ['文明知识 / knowledge', seedKnowledge],
  ['好人评选轮次 / selection rounds', seedSelectionRounds],
  ['好人 / good people', seedGoodPeople],
  ['曝光台 / exposures', seedExposures],
  ['测评 / evaluations', seedEvaluations],
  ['通报 / bulletins', seedBulletins],
  ['电视问政 / TV episodes', seedEpisodes],
  ['网站设置 / site identity', seedSiteIdentity],
  ['督办单与问责记录 / supervision and accountability', seedWorkbench],
  ['政务公开 / public documents', seedDocuments],
  ['民生实事 / livelihood projects', seedProjects],
  ['文明称号与摘牌 / civility titles and revocations', seedTitles],
  ['文明实践阵地 / practice centres', seedPracticeCentres],
  ['志愿服务活动 / volunteer activities', seedVolunteerActivities],
  // Every generic type of the content-type table (news, topics…), each from seed/data/<key>.ts.
  ['通用类型 / generic types', seedGenericTypes],
  ['网址记录 / earlier addresses', seedAddresses],
  ['问卷调查 / surveys', seedSurveys],
  ['市民留言 / residents’ messages', seedMessages],
] as const

export async function seedDemoContent(payload: Payload, log: (line: string) => void = () => undefined): Promise<SeedReport> {
  const ctx = makeContext(payload)
  for (const [name, step] of STEPS) {
    await step(ctx)
    log(`✔ ${name}`)
  }
  const counts: SeedReport = {}
  for (const collection of [...publicCollections, slugs.units, slugs.media, slugs.users]) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

/** True when the database holds no campaign content yet (users alone do not count). */
export async function isContentEmpty(payload: Payload): Promise<boolean> {
  return (await payload.count({ collection: slugs.units, overrideAccess: true })).totalDocs === 0
}
