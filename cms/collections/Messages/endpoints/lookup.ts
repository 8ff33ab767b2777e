/** The message a tracking code belongs to, with only what the resident's own look-up shows. */
import type { PayloadRequest } from 'payload'
import { hashTrackingCode } from '../../../domain/trackingCode.ts'
import { slugs } from '../../../slugs.ts'

export type TrackedMessage = {
  id: number | string
  title: string
  _status?: string | null
  allowPublic?: boolean | null
  slug?: string | null
  unit?: { name?: string | null } | number | string | null
  receivedAt?: string | null
  deadline?: string | null
  answeredAt?: string | null
  reply?: string | null
  rating?: string | null
}

const SELECT = {
  title: true,
  _status: true,
  allowPublic: true,
  slug: true,
  unit: true,
  receivedAt: true,
  deadline: true,
  answeredAt: true,
  reply: true,
  rating: true,
} as const

/** The live (published or first-draft) document of that code; a reply shows only once published. */
export async function findByCode(req: PayloadRequest, code: string): Promise<TrackedMessage | undefined> {
  const { docs } = await req.payload.find({
    collection: slugs.messages,
    where: { trackingHash: { equals: hashTrackingCode(code) } },
    limit: 1,
    depth: 1,
    select: SELECT as never,
    populate: { [slugs.units]: { name: true } } as never,
    overrideAccess: true,
    draft: false,
  })
  return docs[0] as unknown as TrackedMessage | undefined
}

/** The resident may read the reply (and rate it) once a reviewer published it. */
export const isAnswered = (message: TrackedMessage): boolean => message._status === 'published' && Boolean(message.answeredAt)

export const unitName = (message: TrackedMessage): string | null =>
  message.unit && typeof message.unit === 'object' ? (message.unit.name ?? null) : null
