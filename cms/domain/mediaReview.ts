/**
 * Media under review: a file that published content uses (`publicUse`) changes on the site only
 * through a reviewer. An editor's or liaison's new alt text or credit waits as a proposal
 * (`pendingChange`); replacing, cropping or re-focusing its file is refused (upload a new file and
 * swap it into the content, which is reviewed with the content). Pure: values in, decisions out.
 */
import type { Role } from './roles.ts'

/** The texts of a media item the site shows and a reviewer approves. */
export const REVIEWED_TEXTS = ['alt', 'credit'] as const
export type ReviewedText = (typeof REVIEWED_TEXTS)[number]
export type Texts = Partial<Record<ReviewedText, string | null | undefined>>

/** Who may only propose changes to a file in published use; reviewers and admins change it and decide. */
export const PROPOSING_ROLES: readonly Role[] = ['editor', 'unitLiaison']
export const DECIDING_ROLES: readonly Role[] = ['admin', 'reviewer']

export const MEDIA_REVIEW_ACTIONS = ['approve', 'reject'] as const
export type MediaReviewAction = (typeof MEDIA_REVIEW_ACTIONS)[number]
export const MEDIA_REVIEW_LABELS: Record<MediaReviewAction, { zh: string; en: string }> = {
  approve: { zh: '通过媒体修改', en: 'Approve media change' },
  reject: { zh: '退回媒体修改（须填写意见）', en: 'Return media change (comment required)' },
}
export const isMediaReviewAction = (value: unknown): value is MediaReviewAction =>
  (MEDIA_REVIEW_ACTIONS as readonly unknown[]).includes(value)

export const FILE_LOCKED =
  '“文件”不能替换：此文件已被已发布内容使用。请上传新文件，并在内容中换用它（随内容一起审核）。 / File: this file is used by published content and cannot be replaced; upload a new file and swap it into the content, which is reviewed with it.'
export const ALT_REQUIRED = '“替代文字”不能为空。 / Alt text is required.'
export const AWAITS_REVIEW =
  '此文件已被已发布内容使用：替代文字和来源/署名的修改已提交审核，审核员通过后才会在网站上显示。 / This file is used by published content: the change of alt text or credit awaits a reviewer.'

const same = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '') === (b ?? '')

/** The reviewed texts whose incoming value differs from the live one (an absent value is no change). */
export function changedTexts(live: Texts, incoming: Texts): ReviewedText[] {
  return REVIEWED_TEXTS.filter((key) => incoming[key] !== undefined && !same(incoming[key], live[key]))
}

export type Proposal =
  | { ok: true; pending: { alt: string | null; credit: string | null } | null }
  | { ok: false; path: ReviewedText; message: string }

/**
 * What a proposing save stores: nothing when it changes no reviewed text; otherwise the complete
 * proposed alt and credit (a text it leaves alone keeps an earlier proposal, else the live value),
 * so a reviewer approves one whole pair. A blank alt text is refused as the live field would be.
 */
export function proposeChange(live: Texts, incoming: Texts, pending: Texts | null | undefined): Proposal {
  const changed = changedTexts(live, incoming)
  if (changed.length === 0) return { ok: true, pending: null }
  const value = (key: ReviewedText): string | null => (changed.includes(key) ? incoming[key] : (pending?.[key] ?? live[key])) ?? null
  const alt = value('alt')
  if (alt === null || alt.trim() === '') return { ok: false, path: 'alt', message: ALT_REQUIRED }
  return { ok: true, pending: { alt, credit: value('credit') } }
}

/** The live texts after a reviewer approves a proposal (an empty proposed alt never replaces the live one). */
export function approvedTexts(live: Texts, pending: Texts): { alt: string | null; credit: string | null } {
  const alt = pending.alt && pending.alt.trim() !== '' ? pending.alt : (live.alt ?? null)
  return { alt, credit: pending.credit ?? null }
}

type UploadEdits = { crop?: unknown; heightInPixels?: unknown; widthInPixels?: unknown; focalPoint?: { x?: unknown; y?: unknown } }

/**
 * Whether an update makes Payload write a new file for the item: an uploaded file, or upload edits
 * it re-processes the stored file for (crop, resize, or a focal point other than the one in the
 * data: the same comparison as Payload's own `shouldReupload`, strict, so a doubtful case counts).
 */
export function rewritesFile(input: { hasFile: boolean; uploadEdits?: unknown; data?: { focalX?: unknown; focalY?: unknown } }): boolean {
  if (input.hasFile) return true
  const edits = input.uploadEdits
  if (!edits || typeof edits !== 'object') return false
  const { crop, heightInPixels, widthInPixels, focalPoint } = edits as UploadEdits
  if (crop || heightInPixels || widthInPixels) return true
  if (!focalPoint) return false
  return focalPoint.x !== input.data?.focalX || focalPoint.y !== input.data?.focalY
}

/** Top-level values of a media item the site never shows: saving only these asks for no rebuild. */
const NOT_SHOWN = new Set(['pendingChange', 'updatedAt', 'createdAt', 'uploadedBy', 'publicUse'])

/** Whether an update changed anything the public site shows (alt, credit, the file, its renditions, …). */
export function changesWhatSiteShows(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): boolean {
  if (!previous) return true
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)])
  for (const key of keys) {
    if (NOT_SHOWN.has(key)) continue
    if (JSON.stringify(previous[key] ?? null) !== JSON.stringify(next[key] ?? null)) return true
  }
  return false
}

/** Whether an item has a proposal awaiting review or a returned one to show (the admin shows the group then). */
export const hasReviewNote = (data: { pendingChange?: { requestedAt?: unknown; rejectedReason?: unknown } | null } | undefined): boolean =>
  Boolean(data?.pendingChange?.requestedAt || data?.pendingChange?.rejectedReason)
