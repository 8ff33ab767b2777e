/** An editor's submitted 通报 draft, published by a reviewer through access control: the real path to the public site. */
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types.ts'
import { richText } from '../../seed/lexical.ts'

export type BulletinInput = { title: string; slug: string; body?: string; cover?: number; units?: (number | string)[] }

export async function publishBulletin(payload: Payload, reviewer: User, input: BulletinInput) {
  const { title, slug, body = `${title}的正文`, cover, units } = input
  const draft = await payload.create({
    collection: 'bulletins',
    data: {
      title,
      slug,
      series: 'briefing',
      date: '2026-11-20',
      body: richText([body]),
      reviewState: 'submitted',
      cover,
      units: units as number[] | undefined,
    },
    draft: true,
    overrideAccess: true,
  })
  return payload.update({ collection: 'bulletins', id: draft.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false })
}
