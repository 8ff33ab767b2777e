'use client'
import type { DraftChange } from '../../domain/draftChanges.ts'

/** What changed in the draft since the reviewer opened it (the 409 of 通过并发布 / 退回), and a way to read the new draft. */
export function ReviewChanges({ changes }: { changes: readonly DraftChange[] }) {
  return (
    <div>
      {changes.length > 0 && (
        <ul className="review-changes" style={{ margin: '0.5rem 0', paddingInlineStart: '1.25rem' }}>
          {changes.map((change) => (
            <li key={change.path}>
              <strong>{change.label}</strong>
              {change.before !== undefined && (
                <>
                  ：<del>{change.before || '（空）'}</del> → <ins>{change.after || '（空）'}</ins>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn--size-small btn--style-secondary" onClick={() => window.location.reload()}>
        重新载入最新草稿
      </button>
    </div>
  )
}
