/**
 * The header's icon (admin.components.graphics.Icon, the link home in the step navigation): a mark
 * with the site name's first character and the office's site name. Payload sizes that slot 18 px
 * square for its own icon; cms/app/(payload)/custom.css lets it grow to the name's width. Server component.
 */
import type { Payload } from 'payload'
import { adminMarkLetter } from '../../domain/adminBrand.ts'
import { readAdminSiteName } from './siteName.ts'

export async function AdminIcon({ payload }: { payload: Payload }) {
  const name = await readAdminSiteName(payload)
  return (
    <span className="campaign-brand" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem', whiteSpace: 'nowrap' }}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 18,
          height: 18,
          borderRadius: 3,
          background: '#c62f2f',
          color: '#fff',
          fontSize: 12,
          fontWeight: 700,
        }}
      >
        {adminMarkLetter(name)}
      </span>
      <span className="campaign-brand-name" style={{ fontWeight: 600 }}>
        {name}
      </span>
    </span>
  )
}
