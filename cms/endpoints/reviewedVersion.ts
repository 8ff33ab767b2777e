/**
 * 通过并发布 and 退回 name the draft the reviewer read: `version` in the body is the id of that
 * draft in the document's version history (Payload's `/versions`; a number on SQLite, an ObjectId
 * on MongoDB, unique either way). It must be the document's latest version; otherwise the answer is
 * 409 with what changed since, field by field, and nothing is written.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { type DraftChange, draftChanges } from '../domain/draftChanges.ts'
import { isWellFormedId } from '../domain/ids.ts'
import type { FieldLike } from '../domain/sensitiveFields.ts'
import { type ReviewedVersion, STALE_REVIEW } from '../hooks/refuseStaleReview.ts'

type Version = { id: number | string; version: Record<string, unknown> }
export type VersionCheck = { ok: true; reviewed: ReviewedVersion } | { ok: false; status: 400 | 409; body: Record<string, unknown> }

const MISSING = '[version] 缺少所审阅的版本号：请重新载入页面后再审核。 / version is required: the id of the draft version you reviewed.'
const FOREIGN = '[version] 不是这条内容的版本：请重新载入页面后再审核。 / version is not a version of this document.'

const refusal = (status: 400 | 409, message: string, extra: Record<string, unknown> = {}): VersionCheck => ({
  ok: false,
  status,
  body: { ok: false, message, errors: [{ path: 'version', message }], ...extra },
})

async function versionsOf(req: PayloadRequest, collection: CollectionSlug, id: number | string, where: Where): Promise<Version[]> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, where] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs as unknown as Version[]
}

/** The version id as the database types it, or null when it cannot be one. */
function versionId(req: PayloadRequest, value: unknown): number | string | null {
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  if (!isWellFormedId(value, idType)) return null
  return idType === 'number' ? Number(value) : String(value)
}

/** Whether `body.version` names the current latest draft of the document; if not, the refusal to send. */
export async function checkReviewedVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  body: Record<string, unknown>,
): Promise<VersionCheck> {
  if (body.version === undefined || body.version === null || body.version === '') return refusal(400, MISSING)
  const wanted = versionId(req, body.version)
  const [read] = wanted === null ? [] : await versionsOf(req, collection, id, { id: { equals: wanted } })
  if (!read) return refusal(400, FOREIGN)
  const [current] = await versionsOf(req, collection, id, { latest: { equals: true } })
  if (current && String(current.id) === String(read.id)) {
    return { ok: true, reviewed: { collection, id, updatedAt: String(read.version.updatedAt) } }
  }
  const fields = req.payload.collections[collection].config.fields as FieldLike[]
  const changes: DraftChange[] = draftChanges(fields, read.version, current?.version)
  const what = changes.length > 0 ? `改动：${changes.map((c) => c.label).join('、')}` : '内容未变，审核状态有变化'
  return refusal(409, `${STALE_REVIEW.zh}（${what}）。 / ${STALE_REVIEW.en}`, { version: read.id, current: current?.id ?? null, changes })
}
