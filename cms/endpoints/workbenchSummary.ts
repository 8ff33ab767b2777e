/**
 * What the workbench (工作台) shows one person: counts that link to the filtered admin lists, the
 * review queue, the liaison's open items, and each public section's freshness. Every query runs
 * with the person's own rights (overrideAccess: false), so a count never shows what they cannot open.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import {
  type Condition,
  type Freshness,
  freshness,
  listLink,
  messageConditions,
  messageCounts,
  SECTION_SLUGS,
  SECTIONS,
  thresholdFor,
  volunteeringCounts,
  waitingTime,
  whereOf,
} from '../domain/dashboard.ts'
import { REPLACEMENT_NOT_PUBLISHED } from '../domain/documentValidity.ts'
import { dueSoonRange } from '../domain/exposureRules.ts'
import { laggingCondition } from '../domain/projects.ts'
import { hasRole } from '../domain/roles.ts'
import { openNoticeConditions } from '../domain/titles.ts'
import { overduePromiseCondition } from '../domain/tvIssues.ts'
import { WORKBENCH_SETTINGS_SLUG } from '../globals/WorkbenchSettings.ts'
import { type OpenSurvey, openSurveys } from './workbenchSurveys.ts'

export type Count = { key: string; label: string; count: number; href: string; tone?: 'warn' | 'danger' }
export type QueueItem = {
  title: string
  collection: string
  section: string
  href: string
  since: string
  waiting: string
  comment?: string | null
}
export type Summary = {
  role: string
  counts: Count[]
  queue: QueueItem[]
  returned: QueueItem[]
  unitItems: QueueItem[]
  /** 留言 past their reply deadline, soonest deadline first (links to the edit view). */
  messagesOverdue: QueueItem[]
  sections: Freshness[]
  site: { state: string; pending: boolean; lastSuccessAt: string | null } | null
  /** 问卷调查 taking answers now, with their response counts (staff only). */
  surveys?: OpenSurvey[]
}

const LIST_CAP = 20

async function count(req: PayloadRequest, collection: string, conditions: readonly Condition[]): Promise<number> {
  if (!req.payload.collections[collection as CollectionSlug]) return 0
  const drafts = Boolean(req.payload.collections[collection as CollectionSlug]?.config.versions?.drafts)
  const result = await req.payload.find({
    collection: collection as CollectionSlug,
    where: whereOf(conditions) as never,
    draft: drafts,
    limit: 1,
    depth: 0,
    select: {} as never,
    user: req.user,
    overrideAccess: false,
  })
  return result.totalDocs
}

const counted = async (
  req: PayloadRequest,
  key: string,
  label: string,
  collection: string,
  conditions: Condition[],
  tone?: Count['tone'],
): Promise<Count> => ({
  key,
  label,
  count: await count(req, collection, conditions),
  href: listLink(collection, conditions),
  tone,
})

type Row = {
  id: number | string
  title?: string
  name?: string
  question?: string
  updatedAt: string
  reviewComment?: string | null
  deadline?: string | null
}

/** Documents of every public section matching the conditions, oldest (or soonest) first, capped. */
async function listed(
  req: PayloadRequest,
  conditions: Condition[],
  sort: 'updatedAt' | 'deadline',
  sections = SECTION_SLUGS,
): Promise<QueueItem[]> {
  const now = new Date()
  const rows = await Promise.all(
    sections.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        where: whereOf(conditions) as never,
        draft: true,
        sort,
        limit: LIST_CAP,
        depth: 0,
        user: req.user,
        overrideAccess: false,
      })
      return (docs as unknown as Row[]).map((doc) => {
        const since = sort === 'deadline' ? String(doc.deadline ?? doc.updatedAt) : doc.updatedAt
        return {
          title: String(doc.title ?? doc.name ?? doc.question ?? doc.id),
          collection,
          section: SECTIONS[collection].zh,
          href: `/admin/collections/${collection}/${doc.id}`,
          since,
          waiting: waitingTime(doc.updatedAt, now),
          comment: doc.reviewComment ?? null,
        }
      })
    }),
  )
  return rows
    .flat()
    .sort((a, b) => a.since.localeCompare(b.since))
    .slice(0, LIST_CAP)
}

async function sectionFreshness(req: PayloadRequest, now: Date): Promise<Freshness[]> {
  const settings = await req.payload.findGlobal({ slug: WORKBENCH_SETTINGS_SLUG as never, depth: 0, overrideAccess: true })
  const configured = ((settings as { staleThresholds?: { section?: string; days?: number }[] }).staleThresholds ?? []) as never[]
  return Promise.all(
    SECTION_SLUGS.map(async (section) => {
      const { docs } = await req.payload.find({
        collection: section,
        where: { _status: { equals: 'published' } },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true } as never,
        user: req.user,
        overrideAccess: false,
      })
      return freshness(section, (docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? null, thresholdFor(section, configured), now)
    }),
  )
}

async function siteStatus(req: PayloadRequest): Promise<Summary['site']> {
  if (!hasRole(req.user, 'admin', 'reviewer', 'editor')) return null
  const status = (await req.payload.findGlobal({ slug: 'site-status' as never, depth: 0, user: req.user, overrideAccess: false })) as {
    state?: string
    pending?: boolean
    lastSuccessAt?: string
  }
  return { state: status.state ?? 'idle', pending: Boolean(status.pending), lastSuccessAt: status.lastSuccessAt ?? null }
}

/** The workbench of the person making the request. */
export async function workbenchSummary(req: PayloadRequest, now = new Date()): Promise<Summary> {
  const user = req.user as { id: number | string; role?: string }
  const staff = hasRole(user, 'admin', 'reviewer', 'editor')
  const reviewer = hasRole(user, 'admin', 'reviewer')
  const open: Condition[] = [['rectification.status', 'not_equals', 'rectified']]
  const soon = dueSoonRange(now)
  const mine: Condition[] = [
    ['reviewState', 'equals', 'draft'],
    ['lastEditedBy', 'equals', user.id],
  ]
  const drafts = staff
    ? await Promise.all(
        SECTION_SLUGS.map((section) => counted(req, `mine:${section}`, `我的草稿 · ${SECTIONS[section].zh}`, section, mine)),
      )
    : []
  const counts = [
    ...drafts.filter((c) => c.count > 0),
    ...(await Promise.all([
      ...(reviewer
        ? [counted(req, 'proposals', '待确认的问责提议', 'accountability-records', [['status', 'equals', 'proposed']], 'warn')]
        : []),
      ...(reviewer ? [counted(req, 'orders', '督办中（待核实销号）', 'exposures', [['supervision.state', 'equals', 'issued']])] : []),
      ...(reviewer
        ? [counted(req, 'mediaChanges', '待审核的媒体修改', 'media', [['pendingChange.requestedAt', 'exists', true]], 'warn')]
        : []),
      counted(req, 'overdue', '逾期未整改曝光', 'exposures', [['rectification.status', 'equals', 'overdue']], 'danger'),
      counted(req, 'accountability', '问责中的曝光', 'exposures', [['rectification.status', 'equals', 'accountability']], 'danger'),
      counted(
        req,
        'due24h',
        '24 小时内到期',
        'exposures',
        [
          ...open,
          ['rectification.status', 'not_equals', 'overdue'],
          ['rectification.status', 'not_equals', 'accountability'],
          ['deadline', 'greater_than_equal', soon.from],
          ['deadline', 'less_than', soon.to],
        ],
        'warn',
      ),
      counted(req, 'promisesOverdue', '承诺逾期未兑现的电视问政', 'tv-episodes', [overduePromiseCondition(now)], 'danger'),
      counted(req, 'projectsLagging', '滞后的民生实事项目', 'projects', [laggingCondition(now)], 'danger'),
      ...(staff && req.payload.collections['resident-reports' as CollectionSlug]
        ? [counted(req, 'reports', '新收到的市民举报', 'resident-reports', [['status', 'equals', 'received']], 'warn')]
        : []),
      ...(staff
        ? [counted(req, 'documentsReplacementGone', '替代文件未发布的已修订/废止文件', 'documents', [...REPLACEMENT_NOT_PUBLISHED], 'warn')]
        : []),
      ...(reviewer
        ? [counted(req, 'titleRevocations', '待审核的摘牌提议', 'title-revocations', [['status', 'equals', 'pending']], 'warn')]
        : []),
      ...(staff
        ? [
            counted(req, 'titleNotices', '公示中的文明称号', 'civility-titles', openNoticeConditions(now)),
            counted(
              req,
              'titleObjections',
              '待核实的称号异议',
              'objections',
              [
                ['title', 'exists', true],
                ['status', 'equals', 'received'],
              ],
              'warn',
            ),
          ]
        : []),
      ...volunteeringCounts(now).map((item) => counted(req, item.key, item.label, item.collection, item.conditions, item.tone)),
      ...messageCounts(now, staff).map((item) => counted(req, item.key, item.label, item.collection, item.conditions, item.tone)),
    ])),
  ]
  if (staff && drafts.every((c) => c.count === 0))
    counts.unshift({ key: 'mine', label: '我的草稿', count: 0, href: listLink('bulletins', mine) })
  return {
    role: String(user.role),
    counts,
    queue: reviewer ? await listed(req, [['reviewState', 'equals', 'submitted']], 'updatedAt') : [],
    returned:
      staff && !reviewer
        ? await listed(
            req,
            [
              ['reviewState', 'equals', 'rejected'],
              ['reviewLog.by', 'equals', user.id],
            ],
            'updatedAt',
          )
        : [],
    unitItems: user.role === 'unitLiaison' ? await listed(req, open, 'deadline', ['exposures']) : [],
    messagesOverdue: await listed(req, messageConditions(now).overdue, 'deadline', ['messages']),
    sections: await sectionFreshness(req, now),
    site: await siteStatus(req),
    surveys: await openSurveys(req, now),
  }
}
