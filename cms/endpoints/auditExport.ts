/**
 * GET /api/audit/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD — administrators download the review log
 * and the exposure status changes of a period (Beijing days, ≤ 366 days, ≤ 50,000 rows) as CSV.
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { type AuditRow, auditCsv, auditRange, inRange, MAX_ROWS } from '../domain/auditCsv.ts'
import { SECTION_SLUGS, SECTIONS } from '../domain/dashboard.ts'
import { RECTIFICATION_LABELS, type RectificationStatus } from '../domain/exposureRules.ts'
import { idOf } from '../domain/ids.ts'
import { REVIEW_ACTION_LABELS } from '../domain/workflow.ts'
import { errorResponse, json, refuseUnless } from './respond.ts'

const ACTIONS: Record<string, string> = Object.fromEntries(Object.entries(REVIEW_ACTION_LABELS).map(([key, l]) => [key, l.zh]))
type Entry = {
  action?: string | null
  status?: string | null
  by?: unknown
  at?: string | null
  comment?: string | null
  note?: string | null
}
type Doc = { id: number | string; title?: string; name?: string; question?: string; reviewLog?: Entry[]; statusHistory?: Entry[] }

async function userNames(req: PayloadRequest): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({
    collection: 'users',
    pagination: false,
    depth: 0,
    select: { email: true },
    user: req.user,
    overrideAccess: false,
  })
  return new Map(docs.map((u) => [String(u.id), u.email]))
}

async function rowsOf(req: PayloadRequest, start: string, end: string): Promise<AuditRow[]> {
  const names = await userNames(req)
  const rows: AuditRow[] = []
  for (const section of SECTION_SLUGS) {
    const where = { updatedAt: { greater_than_equal: start } }
    for (let page = 1; rows.length <= MAX_ROWS; page++) {
      const result = await req.payload.find({
        collection: section,
        where,
        page,
        limit: 200,
        draft: true,
        depth: 0,
        user: req.user,
        overrideAccess: false,
      })
      for (const doc of result.docs as unknown as Doc[]) {
        const base = { section: SECTIONS[section].zh, id: String(doc.id), title: String(doc.title ?? doc.name ?? doc.question ?? '') }
        const by = (e: Entry) => names.get(String(idOf(e.by))) ?? (e.by ? String(idOf(e.by)) : '系统')
        for (const e of doc.reviewLog ?? []) {
          if (inRange(e.at, start, end))
            rows.push({
              ...base,
              at: String(e.at),
              action: ACTIONS[String(e.action)] ?? String(e.action),
              by: by(e),
              comment: e.comment ?? '',
            })
        }
        for (const e of doc.statusHistory ?? []) {
          const label = RECTIFICATION_LABELS[e.status as RectificationStatus]?.zh ?? String(e.status)
          if (inRange(e.at, start, end))
            rows.push({ ...base, at: String(e.at), action: `整改状态：${label}`, by: by(e), comment: e.note ?? '' })
        }
      }
      if (!result.hasNextPage) break
    }
  }
  return rows.slice(0, MAX_ROWS)
}

const handler: PayloadHandler = async (req) => {
  const refused = refuseUnless(req, ['admin'], '导出审核记录（仅管理员）')
  if (refused) return refused
  try {
    const url = new URL(req.url ?? 'http://localhost/')
    const range = auditRange(url.searchParams.get('from'), url.searchParams.get('to'))
    if (!range.ok) return json(req, { ok: false, message: range.message }, 400)
    const csv = auditCsv(await rowsOf(req, range.start, range.end))
    const name = `审核记录-${url.searchParams.get('from')}-${url.searchParams.get('to')}.csv`
    const headers = new Headers({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    return new Response(csv, { status: 200, headers })
  } catch (error) {
    return errorResponse(req, error)
  }
}

export const auditExportEndpoint: Endpoint = { path: '/audit/export.csv', method: 'get', handler }
