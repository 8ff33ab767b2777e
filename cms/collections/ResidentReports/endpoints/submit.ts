/**
 * POST /api/resident-reports/submit — the public 随手拍 form (multipart, works without JavaScript).
 * Anyone may call it from the site's own page; it is guarded by: same-site only (403), attempt and
 * report limits per client network counted in the database (429 + Retry-After), a byte cap on the
 * body and on each photo, a honeypot field, the one-time challenge the server put on the form page
 * (cms/limits/challenges.ts: a few tries per token, a solved token used once), field validation
 * (Chinese messages naming the field), photo checks by content, and duplicate detection (same text
 * or photo within a day). Success: a page with the tracking code.
 */
import { randomBytes } from 'node:crypto'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { CHALLENGE_FAILURES } from '../../../domain/challenge.ts'
import {
  DUPLICATE_WINDOW_MS,
  REPORT_CATEGORIES,
  type ReportInput,
  reportBodyMaxBytes,
  reportPhotoMaxBytes,
  reportTextHash,
  validateReport,
} from '../../../domain/residentReports.ts'
import { REPORT_ATTEMPT_LIMIT, REPORT_LIMIT } from '../../../domain/residentReportsLimits.ts'
import { formatTrackingCode, hashTrackingCode, trackingCodeFrom } from '../../../domain/trackingCode.ts'
import { type ChallengePass, checkChallenge, redeemChallenge } from '../../../limits/challenges.ts'
import type { SlotClaim } from '../../../limits/slotsFast.ts'
import { oneWriterAtATime } from '../../../oneWriter.ts'
import { slugs } from '../../../slugs.ts'
import { challengeRefused, refuseCrossSite, takeLimit } from './guard.ts'
import { answer, BACK_TO_FORM, badInput, tooMany } from './page.ts'
import { type CheckedPhoto, checkPhotos } from './photos.ts'
import { BodyTooLarge, readForm } from './readForm.ts'
import { batchesReports, commitReport } from './reportBatch.ts'
import { lookAtSlot } from './reportSlot.ts'
import { storeReport } from './store.ts'
import { photosStored } from './storeWithPhotos.ts'

export const REPORT_CHALLENGE = 'resident-report' as const
export const HONEYPOT_FIELD = 'website'

function newTrackingCode(): string {
  for (;;) {
    const code = trackingCodeFrom(randomBytes(32))
    if (code) return code
  }
}

async function isDuplicate(req: PayloadRequest, textHash: string, photoHashes: string[], now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString()
  const same: Where[] = [
    { textHash: { equals: textHash } },
    ...(photoHashes.length > 0 ? [{ 'photoHashes.hash': { in: photoHashes } }] : []),
  ]
  const { totalDocs } = await req.payload.count({
    collection: slugs.residentReports,
    where: { and: [{ createdAt: { greater_than: since } }, { or: same }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

const duplicate = (req: PayloadRequest): Response =>
  answer(req, {
    status: 409,
    title: '相同的问题已经收到',
    blocks: [
      { kind: 'p', text: '今天已经收到内容或照片相同的随手拍，无需重复提交。请用第一次提交时得到的查询码查看进度。' },
      { kind: 'link', href: '/report/status/', text: '查询处理进度' },
    ],
    json: { ok: false, duplicate: true, message: '今天已经收到相同内容或照片的随手拍。' },
  })

type Checked = { value: ReportInput; photos: CheckedPhoto[]; challenge: ChallengePass; code: string }

/** Stored through Payload (other databases): the challenge used, the duplicate check and the store, one writer at a time. */
async function storeOne(req: PayloadRequest, checked: Checked, now: Date): Promise<Response | null> {
  return oneWriterAtATime(req.payload, async () => {
    const used = await redeemChallenge(req.payload, checked.challenge)
    if (!used.ok) return challengeRefused(req, used, BACK_TO_FORM)
    const textHash = reportTextHash(checked.value.description, checked.value.place)
    const photoHashes = checked.photos.map((photo) => photo.hash)
    if (await isDuplicate(req, textHash, photoHashes, now)) return duplicate(req)
    await storeReport(req, { report: checked.value, photos: checked.photos, trackingHash: hashTrackingCode(checked.code), textHash })
    return null
  })
}

/** Stored in this process's next batch (SQLite, ./reportBatch.ts): the slot, the challenge, the check and the rows in one commit. */
async function storeInBatch(req: PayloadRequest, checked: Checked, slot: SlotClaim): Promise<Response | null> {
  const { value, challenge } = checked
  const category = REPORT_CATEGORIES[value.category].zh
  const result = await commitReport(req.payload, {
    row: {
      category: value.category,
      description: value.description,
      place: value.place,
      lat: value.lat ?? null,
      lng: value.lng ?? null,
      contactName: value.contactName || null,
      contactPhone: value.contactPhone || null,
      trackingHash: hashTrackingCode(checked.code),
      textHash: reportTextHash(value.description, value.place),
    },
    photos: checked.photos.map((photo, index) => ({
      hash: photo.hash,
      bytes: photo.data,
      alt: `市民随手拍照片 ${index + 1}：${category}，${value.place}`.slice(0, 200),
    })),
    slot,
    challenge: { bucket: `once|challenge|${challenge.nonce}`, max: 1, expiresAt: challenge.expiresAt },
  })
  if (result.outcome === 'full') return tooMany(req, Math.max(1, Math.ceil((slot.expiresAt - Date.now()) / 1000)), '提交随手拍')
  if (result.outcome === 'used') return challengeRefused(req, { ok: false, failure: 'used', ...CHALLENGE_FAILURES.used }, BACK_TO_FORM)
  if (result.outcome === 'duplicate') return duplicate(req)
  photosStored(req, checked.photos.length)
  return null
}

async function submit(req: PayloadRequest, now: Date, slot: SlotClaim | null): Promise<Response> {
  const photoMax = reportPhotoMaxBytes(settingsOf(req.payload).limits.mediaMaxBytes)
  const form = await readForm(req, { maxBytes: reportBodyMaxBytes(photoMax), fileFields: ['photos'] })
  if (form.fields[HONEYPOT_FIELD])
    return badInput(req, [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新填写。' }], '提交未通过校验')
  const challenge = await checkChallenge(req.payload, {
    purpose: REPORT_CHALLENGE,
    token: form.fields.challengeToken,
    answer: form.fields.challengeAnswer,
    now: now.getTime(),
  })
  const checked = validateReport(form.fields, form.files.length)
  if (!challenge.ok && checked.ok) return challengeRefused(req, challenge, BACK_TO_FORM)
  const errors = [
    ...(challenge.ok ? [] : [{ field: 'challengeAnswer', message: challenge.message }]),
    ...(checked.ok ? [] : checked.errors),
  ]
  if (errors.length > 0 || !checked.ok || !challenge.ok) return badInput(req, errors)
  const { photos, errors: photoErrors } = await checkPhotos(form.files, photoMax)
  if (photoErrors.length > 0) return badInput(req, photoErrors)
  const code = newTrackingCode()
  const ready = { value: checked.value, photos, challenge, code }
  const refusal = slot ? await storeInBatch(req, ready, slot) : await storeOne(req, ready, now)
  if (refusal) return refusal
  const shown = formatTrackingCode(code)
  return answer(req, {
    status: 201,
    title: '随手拍已收到，谢谢您！',
    blocks: [
      { kind: 'p', text: '您的查询码（请抄下或截图保存，只显示这一次）：' },
      { kind: 'code', text: shown },
      { kind: 'p', text: '工作人员一般在 1 个工作日内处理。凭查询码可以查看处理进度，查询结果不显示任何个人信息。' },
      { kind: 'link', href: `/api/resident-reports/status?code=${shown}`, text: '查询处理进度' },
    ],
    json: { ok: true, code: shown, status: 'received' },
  })
}

/** SQLite: the report slot looked at now and claimed in the batch; other databases: taken now, given back unless stored. */
async function reportSlot(req: PayloadRequest, now: number) {
  if (batchesReports(req.payload)) {
    const look = await lookAtSlot(req, REPORT_LIMIT, '提交随手拍', now)
    return look.ok ? { ok: true as const, claim: look.claim, giveBack: async () => undefined } : look
  }
  const taken = await takeLimit(req, REPORT_LIMIT, '提交随手拍', now)
  return taken.ok ? { ...taken, claim: null } : taken
}

export const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const attempt = await takeLimit(req, REPORT_ATTEMPT_LIMIT, '提交随手拍', now.getTime())
    if (!attempt.ok) return attempt.response
    const slot = await reportSlot(req, now.getTime())
    if (!slot.ok) return slot.response
    try {
      const response = await submit(req, now, slot.claim)
      if (response.status !== 201) await slot.giveBack()
      return response
    } catch (error) {
      await slot.giveBack()
      if (error instanceof BodyTooLarge) {
        const mb = Math.round(reportBodyMaxBytes(reportPhotoMaxBytes(settingsOf(req.payload).limits.mediaMaxBytes)) / 1024 / 1024)
        return answer(req, {
          status: 413,
          title: '提交的内容过大',
          blocks: [{ kind: 'p', text: `照片：总大小超过上限（约 ${mb} MB），请减少照片或缩小后重试。` }, BACK_TO_FORM],
          json: { ok: false, message: `照片总大小超过上限（约 ${mb} MB）。` },
        })
      }
      if (error instanceof Error && error.name === 'UnreadableForm')
        return badInput(req, [{ field: 'form', message: '表单无法读取，请从网站的随手拍页面提交。' }])
      req.payload.logger.error({ err: error, msg: 'resident report not saved' })
      return answer(req, {
        status: 500,
        title: '暂时无法保存',
        blocks: [{ kind: 'p', text: '系统暂时无法保存您的随手拍，没有保存任何内容。请稍后重试。' }, BACK_TO_FORM],
        json: { ok: false, message: '暂时无法保存，请稍后重试。' },
      })
    }
  },
}
