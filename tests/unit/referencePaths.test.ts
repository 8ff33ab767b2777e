import { describe, expect, it } from 'vitest'
import { deletedSince, type FieldLike, referencePaths } from '../../cms/domain/referencePaths.ts'

const fields: FieldLike[] = [
  { name: 'title', type: 'text' },
  { name: 'cover', type: 'upload', relationTo: 'media' },
  { name: 'unit', type: 'relationship', relationTo: 'units' },
  { name: 'units', type: 'relationship', relationTo: 'units' },
  {
    name: 'placements',
    type: 'array',
    flattenedFields: [
      { name: 'unit', type: 'relationship', relationTo: 'units' },
      { name: 'address', type: 'text' },
    ],
  },
  { name: 'rectification', type: 'group', flattenedFields: [{ name: 'afterPhotos', type: 'upload', relationTo: 'media' }] },
]

describe('referencePaths', () => {
  it.each([
    ['units', ['unit', 'units', 'placements.unit']],
    ['media', ['cover', 'rectification.afterPhotos']],
    ['bulletins', []],
  ])('should find every field pointing at %s', (target, expected) => {
    expect(referencePaths(fields, target)).toEqual(expected)
  })

  it('should leave out fields with a read rule of their own (never public; anonymous may not query them)', () => {
    const restricted: FieldLike[] = [
      ...fields,
      { name: 'photos', type: 'relationship', relationTo: 'media', access: { read: () => false } },
      {
        name: 'staffOnly',
        type: 'group',
        access: { read: () => false },
        flattenedFields: [{ name: 'scan', type: 'upload', relationTo: 'media' }],
      },
    ]
    expect(referencePaths(restricted, 'media')).toEqual(['cover', 'rectification.afterPhotos'])
  })

  it('should give up (null: re-read everything) on a polymorphic relationship to the target', () => {
    expect(referencePaths([{ name: 'about', type: 'relationship', relationTo: ['units', 'bulletins'] }], 'units')).toBeNull()
  })

  it('should give up on a reference inside blocks, and ignore blocks without one', () => {
    const blocks = (relationTo: string): FieldLike => ({
      name: 'layout',
      type: 'blocks',
      blocks: [{ flattenedFields: [{ name: 'image', type: 'upload', relationTo }] }],
    })
    expect(referencePaths([blocks('media')], 'media')).toBeNull()
    expect(referencePaths([blocks('media')], 'units')).toEqual([])
  })
})

describe('deletedSince', () => {
  it.each([
    [10, 0, 10, false],
    [10, 2, 12, false],
    [10, 1, 10, true],
    [10, 0, 9, true],
  ])('before %i, created %i, now %i → deleted: %s', (before, created, now, deleted) => {
    expect(deletedSince(before, created, now)).toBe(deleted)
  })
})
