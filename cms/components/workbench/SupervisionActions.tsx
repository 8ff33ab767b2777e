'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { isRole } from '../../domain/roles.ts'
import { decideSupervision, SUPERVISION_ACTION_LABELS, SUPERVISION_ACTIONS, type SupervisionAction } from '../../domain/supervision.ts'

/** 开具督办单 / 核实销号 / 退回整改 on an exposure: only the actions the server would accept now. */
export function SupervisionActions() {
  const { user } = useAuth()
  const { id, data } = useDocumentInfo()
  const router = useRouter()
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState('')
  const role = user?.role
  if (!id || !isRole(role)) return null
  const state = (data?.supervision as { state?: string } | undefined)?.state
  const actions = SUPERVISION_ACTIONS.filter((a) => decideSupervision(role, state, a, 'x').ok)
  if (actions.length === 0) return null
  async function run(action: SupervisionAction) {
    const response = await fetch(`/api/exposures/${id}/supervision/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason }),
    })
    const body = (await response.json().catch(() => ({}))) as { ok?: boolean; message?: string }
    setMessage(body.message ?? `HTTP ${response.status}`)
    if (body.ok) router.refresh()
  }
  return (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center', marginBottom: '1rem' }}>
      {actions.includes('return') && (
        <label>
          退回理由 <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
        </label>
      )}
      {actions.map((a) => (
        <button key={a} type="button" className="btn btn--style-secondary btn--size-small" onClick={() => run(a)}>
          {SUPERVISION_ACTION_LABELS[a].zh}
        </button>
      ))}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
