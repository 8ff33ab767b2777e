import fs from 'node:fs/promises'
import type { CollectionAfterChangeHook } from 'payload'
import { takeRenditionFiles } from '../preparedUpload.ts'

/**
 * Write the renditions next to the original once the document is saved (Payload writes the original
 * just before saving; a refused document leaves no files). In object storage the adapter uploads them
 * from `req.payloadUploadSizes` instead.
 */
export const writeRenditionFiles: CollectionAfterChangeHook = async ({ doc, req }) => {
  const pending = typeof doc.filename === 'string' ? takeRenditionFiles(req, doc.filename) : undefined
  if (pending) await Promise.all(pending.files.map((file) => fs.writeFile(file.path, file.data)))
  return doc
}
