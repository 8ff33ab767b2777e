import type { CollectionAfterErrorHook } from 'payload'
import { isStorageOutage, STORAGE_OUTAGE_MESSAGE } from '../../../domain/storageOutage.ts'

/**
 * An upload the object storage could not take answers 503 naming the cause, not 500. Nothing is left
 * behind: the storage plugin uploads in afterChange, inside the request's transaction, so the media
 * document is rolled back with it (README "Hosts that fail: the drill").
 */
export const answerStorageOutage: CollectionAfterErrorHook = ({ error }) => {
  if (!isStorageOutage(error)) return
  return { status: 503, response: { errors: [{ message: STORAGE_OUTAGE_MESSAGE }] } }
}
