/**
 * The review workflow (编辑撰写 → 提交审核 → 审核发布 / 退回), as a pure decision on one save.
 * Government publishing is reviewed before release: editors never publish; reviewers publish what
 * was submitted, and a change after submission withdraws it (back to 草稿); an administrator may
 * force-publish with a recorded reason.
 */
import type { Role } from './roles.ts'

export const REVIEW_STATES = ['draft', 'submitted', 'approved', 'rejected'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]
export const REVIEW_STATE_LABELS: Record<ReviewState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交审核', en: 'Submitted for review' },
  approved: { zh: '审核通过（已发布）', en: 'Approved (published)' },
  rejected: { zh: '已退回', en: 'Rejected' },
}

/** What the review log records (the admin's 审核记录 and the audit CSV show these labels). */
export const REVIEW_ACTION_LABELS = {
  submitted: { zh: '提交审核', en: 'Submitted' },
  approved: { zh: '审核通过并发布', en: 'Approved and published' },
  rejected: { zh: '退回', en: 'Rejected' },
  'returned-to-draft': { zh: '提交后修改，已退回草稿', en: 'Edited after submission; back to draft' },
  'force-published': { zh: '管理员强制发布', en: 'Force-published by admin' },
  'edited-published': { zh: '修改已发布内容', en: 'Edited published content' },
  system: { zh: '系统', en: 'System' },
  'sensitive-flagged': { zh: '错敏词提示', en: 'Sensitive words flagged' },
  'sensitive-override': { zh: '错敏词放行', en: 'Sensitive words overridden' },
} as const satisfies Record<string, { zh: string; en: string }>
export type ReviewAction = Exclude<keyof typeof REVIEW_ACTION_LABELS, 'sensitive-flagged' | 'sensitive-override'>

export type SaveState = { status?: string | null; reviewState?: string | null }
export type Transition = {
  actor: { role: Role } | null
  before: SaveState | null
  after: SaveState & { reviewComment?: string | null; publishReason?: string | null }
  /** Labels of the content fields this save changes (see domain/draftChanges.ts); none when omitted. */
  edited?: readonly string[]
}
export type Decision =
  | { ok: true; reviewState: ReviewState; log?: { action: ReviewAction; comment?: string } }
  | { ok: false; path: string; message: string }

const refuse = (path: string, message: string): Decision => ({ ok: false, path, message })
const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== ''

function decidePublish(role: Role, before: SaveState | null, reason: string | null | undefined): Decision {
  const wasSubmitted = before?.reviewState === 'submitted'
  const wasPublished = before?.status === 'published'
  if (role === 'editor' || role === 'unitLiaison') {
    return refuse(
      '_status',
      '编辑和联络员不能直接发布：请保存草稿并将审核状态设为“已提交审核”，由审核员发布。 / Editors cannot publish: submit for review.',
    )
  }
  if (wasSubmitted) return { ok: true, reviewState: 'approved', log: { action: 'approved' } }
  if (wasPublished) return { ok: true, reviewState: 'approved', log: { action: 'edited-published' } }
  if (role === 'reviewer') {
    return refuse(
      '_status',
      '只能发布已提交审核的内容（提交后又被修改的内容已退回草稿，须重新提交）。 / Only content submitted for review can be published.',
    )
  }
  if (!filled(reason)) {
    return refuse('publishReason', '管理员直接发布未经审核的内容时，必须填写“强制发布理由”。 / A reason is required to force-publish.')
  }
  return { ok: true, reviewState: 'approved', log: { action: 'force-published', comment: reason.trim() } }
}

const MAX_LOGGED_FIELDS = 10
const editedComment = (edited: readonly string[]): string =>
  `改动：${edited.slice(0, MAX_LOGGED_FIELDS).join('、')}${edited.length > MAX_LOGGED_FIELDS ? ` 等${edited.length}项` : ''}`

function decideDraft(role: Role, before: SaveState | null, after: Transition['after'], edited: readonly string[]): Decision {
  const previous = before?.reviewState ?? 'draft'
  const { reviewState: requested, reviewComment: comment } = after
  if (requested === 'rejected' && previous !== 'rejected') {
    if (role !== 'reviewer' && role !== 'admin') return refuse('reviewState', '只有审核员或管理员可以退回。 / Only reviewers reject.')
    if (previous !== 'submitted') return refuse('reviewState', '只能退回已提交审核的内容。 / Only submitted content can be rejected.')
    if (!filled(comment)) return refuse('reviewComment', '退回时必须填写审核意见。 / A review comment is required to reject.')
    return { ok: true, reviewState: 'rejected', log: { action: 'rejected', comment: comment.trim() } }
  }
  // The queue holds only what the submitter vouched for: an editor's or liaison's change to a
  // submitted draft withdraws it (whatever state the request names); they submit again.
  if (previous === 'submitted' && (role === 'editor' || role === 'unitLiaison') && edited.length > 0) {
    return { ok: true, reviewState: 'draft', log: { action: 'returned-to-draft', comment: editedComment(edited) } }
  }
  if (requested === 'submitted' && previous !== 'submitted') return { ok: true, reviewState: 'submitted', log: { action: 'submitted' } }
  if (requested === 'submitted' || requested === 'rejected') return { ok: true, reviewState: requested }
  return { ok: true, reviewState: 'draft' }
}

/** Decide one save: the resulting review state and what to record, or a refusal naming the field. */
export function decideTransition({ actor, before, after, edited = [] }: Transition): Decision {
  const publishing = after.status === 'published'
  if (!actor) {
    const state = publishing ? 'approved' : ((after.reviewState as ReviewState | undefined) ?? 'draft')
    return { ok: true, reviewState: state }
  }
  return publishing ? decidePublish(actor.role, before, after.publishReason) : decideDraft(actor.role, before, after, edited)
}

/** The review buttons of the edit view (提交审核, 通过并发布, 退回), each a request the server checks again. */
export const REVIEW_BUTTONS = ['submit', 'approve', 'reject'] as const
export type ReviewButton = (typeof REVIEW_BUTTONS)[number]
export const REVIEW_BUTTON_LABELS: Record<ReviewButton, { zh: string; en: string }> = {
  submit: { zh: '提交审核', en: 'Submit for review' },
  approve: { zh: '通过并发布', en: 'Approve and publish' },
  reject: { zh: '退回（须填写意见）', en: 'Return (comment required)' },
}
const BUTTON_ROLES: Record<ReviewButton, readonly Role[]> = {
  submit: ['admin', 'reviewer', 'editor', 'unitLiaison'],
  approve: ['admin', 'reviewer'],
  reject: ['admin', 'reviewer'],
}

/** Whether a role may use a review button at all (the endpoint refuses anything else with 403). */
export const mayUseButton = (role: Role, button: ReviewButton): boolean => BUTTON_ROLES[button].includes(role)

/** The buttons to offer a role for a document in a given review state (what the server would accept). */
export function reviewButtonsFor(role: Role, state: SaveState): ReviewButton[] {
  const submitted = state.reviewState === 'submitted'
  return REVIEW_BUTTONS.filter((button) => mayUseButton(role, button) && (button === 'submit' ? !submitted : submitted))
}
