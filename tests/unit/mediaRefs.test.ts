import { describe, expect, it } from 'vitest'
import { type FieldShape, mediaIdsIn, uploadPaths } from '../../cms/domain/mediaRefs.ts'

const FIELDS: FieldShape[] = [
  { type: 'text', name: 'title' },
  { type: 'upload', name: 'cover', relationTo: 'media' },
  { type: 'upload', name: 'elsewhere', relationTo: 'other' },
  { type: 'upload', name: 'photos', relationTo: 'media' },
  { type: 'group', name: 'rectification', fields: [{ type: 'upload', name: 'afterPhotos', relationTo: 'media' }] },
  { type: 'row', fields: [{ type: 'upload', name: 'inRow', relationTo: 'media' }] },
  { type: 'array', name: 'items', fields: [{ type: 'upload', name: 'image', relationTo: 'media' }] },
  {
    type: 'tabs',
    tabs: [
      { name: 'named', fields: [{ type: 'upload', name: 'tabbed', relationTo: 'media' }] },
      { fields: [{ type: 'upload', name: 'plain', relationTo: 'media' }] },
    ],
  },
]

describe('uploadPaths', () => {
  it('should list every upload field to media with its dot path', () => {
    expect(uploadPaths(FIELDS, 'media')).toEqual([
      'cover',
      'photos',
      'rectification.afterPhotos',
      'inRow',
      'items.image',
      'named.tabbed',
      'plain',
    ])
  })
})

describe('mediaIdsIn', () => {
  const paths = uploadPaths(FIELDS, 'media')
  it.each([
    ['ids', { cover: 1, photos: [2, 3] }, [1, 2, 3]],
    ['populated documents', { cover: { id: 'a1', alt: 'x' }, photos: [{ id: 'b2' }] }, ['a1', 'b2']],
    ['nested groups and arrays', { rectification: { afterPhotos: [4] }, items: [{ image: 5 }, { image: { id: 6 } }] }, [4, 5, 6]],
    ['duplicates once', { cover: 7, photos: [7, { id: 7 }], inRow: 8 }, [7, 8]],
    ['empty values', { cover: null, photos: [], rectification: null, elsewhere: 9 }, []],
    ['tabs', { named: { tabbed: 10 }, plain: 11 }, [10, 11]],
  ])('should find %s', (_name, doc, expected) => {
    expect(mediaIdsIn(doc, paths)).toEqual(expected)
  })
})
