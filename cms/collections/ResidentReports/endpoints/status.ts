/**
 * GET /api/resident-reports/status?code=XXXXX-XXXXX — anyone holding a tracking code sees that
 * report's progress: status, dates, the reason when not accepted, and the published exposure it
 * led to. Nothing personal and nothing about other reports. Look-ups are limited per client network,
 * counted in the database (STATUS_LOOKUP_LIMIT). A GET that changes nothing: no same-site check.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { chinaDay, chineseDate } from '../../../domain/dates.ts'
import { idOf } from '../../../domain/ids.ts'
import { paths } from '../../../domain/publicPaths.ts'
import { REPORT_STATUS, type ReportStatus } from '../../../domain/residentReports.ts'
import { STATUS_LOOKUP_LIMIT } from '../../../domain/residentReportsLimits.ts'
import { hashTrackingCode } from '../../../domain/trackingCode.ts'
import { slugs } from '../../../slugs.ts'
import { answer, type Block } from './page.ts'
import { trackedLookup } from './trackedLookup.ts'

type Report = {
  id: number | string
  status: ReportStatus
  createdAt: string
  updatedAt: string
  rejectReason?: string | null
  mergedInto?: unknown
  exposure?: unknown
}
const SELECT = { status: true, createdAt: true, updatedAt: true, rejectReason: true, mergedInto: true, exposure: true } as const

async function findReport(req: PayloadRequest, where: Record<string, unknown>): Promise<Report | undefined> {
  const { docs } = await req.payload.find({
    collection: slugs.residentReports,
    where: where as never,
    limit: 1,
    depth: 0,
    select: SELECT,
    overrideAccess: true,
  })
  return docs[0] as Report | undefined
}

/** The public address of the exposure a report (or the report it was merged into) led to, once published. */
async function exposureUrl(req: PayloadRequest, report: Report): Promise<string | null> {
  let current: Report | undefined = report
  for (let hop = 0; current && hop < 3; hop++) {
    const exposure = idOf(current.exposure)
    if (exposure !== null) {
      const { docs } = await req.payload.find({
        collection: slugs.exposures,
        where: { id: { equals: exposure } },
        limit: 1,
        depth: 0,
        select: { slug: true },
        overrideAccess: false,
      })
      const slug = docs[0]?.slug
      return slug ? paths.exposure(slug) : null
    }
    const next = idOf(current.mergedInto)
    current = current.status === 'merged' && next !== null ? await findReport(req, { id: { equals: next } }) : undefined
  }
  return null
}

const STATUS_FORM: Block = { kind: 'link', href: '/report/status/', text: '查询其他查询码' }

export const statusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const found = await trackedLookup(req, {
      limit: STATUS_LOOKUP_LIMIT,
      action: '查询',
      otherCode: STATUS_FORM,
      notFound: '没有找到这个查询码对应的随手拍，请核对后重试。',
      find: (request, code) => findReport(request, { trackingHash: { equals: hashTrackingCode(code) } }),
    })
    if (!found.ok) return found.response
    const report = found.doc
    const url = await exposureUrl(req, report)
    const result = {
      ok: true,
      status: report.status,
      statusLabel: REPORT_STATUS[report.status]?.zh ?? report.status,
      submittedOn: chinaDay(report.createdAt),
      updatedOn: chinaDay(report.updatedAt),
      reason: report.status === 'rejected' ? (report.rejectReason ?? null) : null,
      exposureUrl: url,
    }
    const blocks: Block[] = [
      {
        kind: 'list',
        items: [
          `处理状态：${result.statusLabel}`,
          `提交日期：${chineseDate(result.submittedOn)}`,
          `最近更新：${chineseDate(result.updatedOn)}`,
        ],
      },
      ...(result.reason ? [{ kind: 'p' as const, text: `不予受理的理由：${result.reason}` }] : []),
      ...(url ? [{ kind: 'link' as const, href: url, text: '查看曝光台上的公开信息' }] : []),
      STATUS_FORM,
    ]
    return answer(req, { status: 200, title: '随手拍处理进度', blocks, json: result })
  },
}
