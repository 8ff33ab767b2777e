'use client'
import { useState } from 'react'

/** “立即重建” on the site status screen (admins only). */
export function RebuildButton() {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  async function rebuild() {
    setBusy(true)
    const response = await fetch('/api/globals/site-status/rebuild', { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? `HTTP ${response.status}`)
    setBusy(false)
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <button type="button" className="btn btn--style-primary btn--size-medium" onClick={rebuild} disabled={busy}>
        {busy ? '正在请求…' : '立即重建网站 / Rebuild now'}
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
