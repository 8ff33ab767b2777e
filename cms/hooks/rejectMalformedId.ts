import { type CollectionBeforeOperationHook, NotFound } from 'payload'
import { isWellFormedId } from '../domain/ids.ts'

/**
 * Every collection, beforeOperation: an id that cannot exist in this database (`/api/bulletins/me`,
 * `/api/exposures/count` with PATCH, `/api/x/NaN`) answers 404 before any query runs; on SQLite such
 * an id would otherwise reach the driver as NaN and fail with a 500.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id !== undefined && id !== null && !isWellFormedId(id, req.payload.db.defaultIDType)) throw new NotFound(req.t)
  return args
}
