import type { TextField } from 'payload'
import { isValidSlug } from '../domain/slug.ts'
import { fillSlug } from '../hooks/fillSlug.ts'
import { label } from './label.ts'

function validateSlug(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  return isValidSlug(value) ? true : '网址别名只能包含小写字母、数字和连字符。 / Slug: lowercase letters, digits and hyphens only.'
}

/** A unique, stable URL slug: filled from the title when left empty, never changed afterwards. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('网址别名', 'Slug'),
  unique: true,
  index: true,
  validate: validateSlug,
  hooks: { beforeValidate: [fillSlug] },
  admin: {
    position: 'sidebar',
    description: label(
      '留空则自动生成；发布后请勿修改，以免链接失效。',
      'Left empty, it is generated; keep it once published so links stay valid.',
    ),
  },
})
