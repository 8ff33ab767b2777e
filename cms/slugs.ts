/** Collection slugs: the contract shared by the CMS, the site, the feeds and the tests. */
export const slugs = {
  users: 'users',
  media: 'media',
  bulletins: 'bulletins',
} as const

export type CollectionSlugName = (typeof slugs)[keyof typeof slugs]

/** Collections the public site reads (published documents only). */
export const publicCollections = [slugs.bulletins] as const
