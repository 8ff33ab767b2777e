'use client'
import { useAuth, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import type { DraftChange } from '../../domain/draftChanges.ts'
import { isRole } from '../../domain/roles.ts'
import { REVIEW_BUTTON_LABELS, type ReviewButton, reviewButtonsFor } from '../../domain/workflow.ts'
import { ReviewChanges } from './ReviewChanges.tsx'

type Answer = { ok?: boolean; message?: string; errors?: { path?: string; message?: string }[]; changes?: DraftChange[] }
type Read = { at: string; version: number | string | null }
/** A box of its own: the document-controls bar is one line high, so a longer answer (a change list) overlaps the page below. */
const ANSWER_STYLE = {
  flexBasis: '100%',
  whiteSpace: 'pre-line',
  position: 'relative',
  zIndex: 1,
  padding: '0.5rem 0.75rem',
  background: 'var(--theme-elevation-0)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
} as const

/** The version whose text the form shows: the one saved at the `updatedAt` the form loaded (null when not exactly one). */
async function versionShown(collection: string, id: number | string, updatedAt: string): Promise<number | string | null> {
  const query = `where[parent][equals]=${encodeURIComponent(String(id))}&where[version.updatedAt][equals]=${encodeURIComponent(updatedAt)}&limit=2&depth=0`
  const response = await fetch(`/api/${collection}/versions?${query}`, { credentials: 'include' }).catch(() => null)
  const docs = response?.ok ? ((await response.json()) as { docs?: { id: number | string }[] }).docs : undefined
  return docs?.length === 1 ? docs[0].id : null
}

/**
 * 提交审核 / 通过并发布 / 退回 in the edit view, only the buttons the server would accept for this
 * role and review state. Each posts to /api/<collection>/:id/review/<action>, which checks again;
 * 通过并发布 and 退回 name the draft version this page shows, and a newer draft comes back as the
 * list of what changed.
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
  const [read, setRead] = useState<Read | null>(null)
  const role = isRole(user?.role) ? user.role : null
  const buttons = role ? reviewButtonsFor(role, { reviewState: data?.reviewState as string, status: data?._status as string }) : []
  const reviewing = buttons.includes('approve') || buttons.includes('reject')
  const updatedAt = typeof data?.updatedAt === 'string' ? data.updatedAt : null

  useEffect(() => {
    if (!reviewing || !id || !collectionSlug || !updatedAt) return
    let current = true
    versionShown(collectionSlug, id, updatedAt).then((version) => current && setRead({ at: updatedAt, version }))
    return () => {
      current = false
    }
  }, [reviewing, id, collectionSlug, updatedAt])

  if (!id || !collectionSlug || buttons.length === 0) return null
  const flaggedOnPublish = answer?.ok === false && (answer.errors ?? []).some((e) => e.message?.includes('错敏词'))
  const version = read?.at === updatedAt ? read.version : null
  const staleChanges = answer?.changes ?? (answer?.errors?.some((e) => e.path === 'version') ? [] : undefined)

  async function run(button: ReviewButton) {
    if (button === 'reject' && comment.trim() === '') return setAnswer({ ok: false, message: '退回时必须填写审核意见。' })
    if (button !== 'submit' && version === null) {
      return setAnswer({ ok: false, message: '无法确定您正在查看的草稿版本，请重新载入页面后再审核。', changes: [] })
    }
    setBusy(true)
    const body =
      button === 'reject' ? { version, comment } : button === 'approve' ? { version, sensitiveOverride: override || undefined } : {}
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
          disabled={busy || modified || (button !== 'submit' && read?.at !== updatedAt)}
          onClick={() => run(button)}
        >
          {REVIEW_BUTTON_LABELS[button].zh}
        </button>
      ))}
      {answer?.message && (
        <div role={answer.ok ? 'status' : 'alert'} style={ANSWER_STYLE}>
          {answer.message}
          {staleChanges && <ReviewChanges changes={staleChanges} />}
        </div>
      )}
    </section>
  )
}
