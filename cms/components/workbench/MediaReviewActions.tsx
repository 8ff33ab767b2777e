'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { AWAITS_REVIEW, DECIDING_ROLES, MEDIA_REVIEW_LABELS, type MediaReviewAction, PROPOSING_ROLES } from '../../domain/mediaReview.ts'
import { hasRole } from '../../domain/roles.ts'

type Answer = { ok?: boolean; message?: string; errors?: { path?: string; message?: string }[] }
type Pending = { alt?: string | null; credit?: string | null; requestedAt?: string | null; rejectedReason?: string | null }

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })

/**
 * Above a media item: what awaits review (the proposed alt text and credit) or was returned, for
 * everyone who may see it; 通过 / 退回 only for reviewers and admins, each posted to
 * /api/media/:id/review/<action>, which checks again.
 */
export function MediaReviewActions() {
  const { user } = useAuth()
  const { id, data } = useDocumentInfo()
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [override, setOverride] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)
  const pending = (data?.pendingChange ?? null) as Pending | null
  const deciding = hasRole(user, ...DECIDING_ROLES)
  if (!id) return null
  const flagged = answer?.ok === false && (answer.errors ?? []).some((e) => e.message?.includes('错敏词'))

  async function run(action: MediaReviewAction) {
    if (action === 'reject' && comment.trim() === '') return setAnswer({ ok: false, message: '退回时必须填写审核意见。' })
    setBusy(true)
    const body = {
      requestedAt: pending?.requestedAt,
      ...(action === 'reject' ? { comment } : { sensitiveOverride: override || undefined }),
    }
    const response = await fetch(`/api/media/${id}/review/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const result = (await response.json().catch(() => ({ message: `HTTP ${response.status}` }))) as Answer
    setAnswer(result)
    setBusy(false)
    if (result.ok) router.refresh()
  }

  const reply = answer?.message ? (
    <div role={answer.ok ? 'status' : 'alert'} style={{ flexBasis: '100%', whiteSpace: 'pre-line' }}>
      {answer.message}
    </div>
  ) : null
  if (!pending?.requestedAt) {
    // After a decision the page reloads without a proposal: the answer stays in view.
    const note = pending?.rejectedReason
      ? `上次提交的修改已被退回：${pending.rejectedReason}`
      : data?.publicUse && hasRole(user, ...PROPOSING_ROLES)
        ? AWAITS_REVIEW
        : null
    if (!note && !reply) return null
    return (
      <section aria-label="媒体修改审核 / Media change review">
        {reply}
        {note ? <p style={{ margin: 0 }}>{note}</p> : null}
      </section>
    )
  }
  return (
    <section
      aria-label="媒体修改审核 / Media change review"
      style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}
    >
      <p style={{ margin: 0, flexBasis: '100%' }}>
        待审核的修改（{when(pending.requestedAt)} 提交）：替代文字“{pending.alt ?? ''}”；来源/署名“{pending.credit ?? ''}”。
        {deciding ? '' : '审核员通过后才会在网站上显示。'}
      </p>
      {deciding && (
        <>
          <label style={{ display: 'flex', gap: '0.25rem', alignItems: 'center' }}>
            审核意见
            <input value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} placeholder="退回时必填" />
          </label>
          {flagged && (
            <label style={{ display: 'flex', gap: '0.25rem', alignItems: 'center' }}>
              错敏词放行理由
              <input value={override} onChange={(e) => setOverride(e.target.value)} maxLength={500} />
            </label>
          )}
          {(['approve', 'reject'] as const).map((action) => (
            <button
              key={action}
              type="button"
              className={`btn btn--size-medium ${action === 'reject' ? 'btn--style-secondary' : 'btn--style-primary'}`}
              disabled={busy}
              onClick={() => run(action)}
            >
              {MEDIA_REVIEW_LABELS[action].zh}
            </button>
          ))}
        </>
      )}
      {reply}
    </section>
  )
}
