import type { Payload } from 'payload'
import { richText } from './lexical.ts'
import { upsertBy, upsertPhoto } from './upsert.ts'

type Id = number | string

/** What every seed step needs: Payload, lookups of already-seeded documents, and small helpers. */
export type SeedContext = {
  payload: Payload
  unit: (code: string) => Id
  units: Map<string, Id>
  rounds: Map<string, Id>
  photo: typeof upsertPhoto extends (p: Payload, ...rest: infer A) => infer R ? (...args: A) => R : never
  upsert: (
    collection: Parameters<typeof upsertBy>[1],
    slug: string,
    build: () => Promise<Record<string, unknown>>,
    draft?: boolean,
  ) => Promise<Id>
  richText: typeof richText
}

export function makeContext(payload: Payload): SeedContext {
  const units = new Map<string, Id>()
  return {
    payload,
    units,
    rounds: new Map(),
    unit: (code) => {
      const id = units.get(code)
      if (id === undefined) throw new Error(`seed: unknown unit code ${code}`)
      return id
    },
    photo: (image) => upsertPhoto(payload, image),
    upsert: (collection, slug, build, draft = false) => upsertBy(payload, collection, 'slug', slug, build, draft),
    richText,
  }
}
