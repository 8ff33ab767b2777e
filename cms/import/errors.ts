import type { ImportPreview } from '../domain/scoreImport.ts'

/**
 * A refused import, with a message the editor can act on (Chinese first). `status` is the HTTP status
 * the REST endpoints answer with; `preview` carries the per-row problems when the file was read.
 */
export class ScoreImportError extends Error {
  readonly status: number
  readonly preview?: ImportPreview

  constructor(message: string, options: { status?: number; preview?: ImportPreview } = {}) {
    super(message)
    this.name = 'ScoreImportError'
    this.status = options.status ?? 400
    this.preview = options.preview
  }
}
