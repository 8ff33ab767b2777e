'use client'
import { useAuth, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { isRole } from '../../domain/roles.ts'
import { REVIEW_BUTTON_LABELS, type ReviewButton, reviewButtonsFor } from '../../domain/workflow.ts'

type Answer = { ok?: boolean; message?: string; errors?: { path?: string; message?: string }[] }

/**
 * 提交审核 / 通过并发布 / 退回 in the edit view, only the buttons the server would accept for this
 * role and review state. Each posts to /api/<collection>/:id/review/<action>, which checks again.
 */
export function ReviewActions() {
  const { user } = useAuth()
  const { id, collectionSlug, data } = useDocumentInfo()
  const modified = useFormModified()
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [override, setOverride] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)
  const role = user?.role
  if (!id || !collectionSlug || !isRole(role)) return null
  const buttons = reviewButtonsFor(role, { reviewState: data?.reviewState as string, status: data?._status as string })
  if (buttons.length === 0) return null
  const flaggedOnPublish = answer?.ok === false && (answer.errors ?? []).some((e) => e.message?.includes('错敏词'))

  async function run(button: ReviewButton) {
    if (button === 'reject' && comment.trim() === '') return setAnswer({ ok: false, message: '退回时必须填写审核意见。' })
    setBusy(true)
    const body = button === 'reject' ? { comment } : button === 'approve' ? { sensitiveOverride: override || undefined } : {}
    const response = await fetch(`/api/${collectionSlug}/${id}/review/${button}`, {
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

  return (
    <section
      className="review-actions"
      aria-label="审核操作 / Review actions"
      style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}
    >
      {modified && <p style={{ margin: 0 }}>有未保存的修改：请先“保存草稿”，再提交或审核。</p>}
      {buttons.includes('reject') && (
        <label style={{ display: 'flex', gap: '0.25rem', alignItems: 'center' }}>
          审核意见
          <input value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} placeholder="退回时必填" />
        </label>
      )}
      {flaggedOnPublish && role !== 'editor' && (
        <label style={{ display: 'flex', gap: '0.25rem', alignItems: 'center' }}>
          错敏词放行理由
          <input value={override} onChange={(e) => setOverride(e.target.value)} maxLength={500} />
        </label>
      )}
      {buttons.map((button) => (
        <button
          key={button}
          type="button"
          className={`btn btn--size-medium ${button === 'reject' ? 'btn--style-secondary' : 'btn--style-primary'}`}
          disabled={busy || modified}
          onClick={() => run(button)}
        >
          {REVIEW_BUTTON_LABELS[button].zh}
        </button>
      ))}
      {answer?.message && (
        <div role={answer.ok ? 'status' : 'alert'} style={{ flexBasis: '100%', whiteSpace: 'pre-line' }}>
          {answer.message}
        </div>
      )}
    </section>
  )
}
