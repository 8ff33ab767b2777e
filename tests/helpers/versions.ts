/** The version a reviewer reads, found the way the edit view finds it: by the `updatedAt` of the draft it shows. */
import { rest } from './rest.ts'
import type { TempPayload } from './tempPayload.ts'

export async function readDraft(
  ctx: TempPayload,
  token: string,
  collection: string,
  id: number | string,
): Promise<{ doc: Record<string, unknown>; version: number | string }> {
  const doc = (await rest(ctx, 'GET', `/${collection}/${id}?draft=true&depth=0`, { token })).json
  const query = `where[parent][equals]=${id}&where[version.updatedAt][equals]=${encodeURIComponent(String(doc.updatedAt))}&limit=2&depth=0`
  const found = (await rest(ctx, 'GET', `/${collection}/versions?${query}`, { token })).json.docs as { id: number | string }[]
  if (found.length !== 1) throw new Error(`expected one version of ${collection} ${id} at ${String(doc.updatedAt)}, found ${found.length}`)
  return { doc, version: found[0].id }
}
