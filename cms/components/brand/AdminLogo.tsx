/** The login page's logo (admin.components.graphics.Logo): the office's site name instead of Payload's. Server component. */
import type { Payload } from 'payload'
import { readAdminSiteName } from './siteName.ts'

export async function AdminLogo({ payload }: { payload: Payload }) {
  const name = await readAdminSiteName(payload)
  return (
    <div className="campaign-logo" style={{ textAlign: 'center' }}>
      <div style={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.3 }}>{name}</div>
      <div style={{ marginTop: '0.3rem', opacity: 0.75 }}>管理后台 / Admin</div>
    </div>
  )
}
