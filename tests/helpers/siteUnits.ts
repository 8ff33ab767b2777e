/** A unit entry as the site's content layer holds it (site/lib/entries.ts), for tests of the site's roll-ups. */
export const siteUnit = (id: string, name: string, kind: string, parent: string | null) => ({
  id,
  data: {
    cmsId: id,
    updatedAt: '',
    name,
    kind: { value: kind, label: kind },
    code: null,
    parent: parent ? { slug: parent, name: parent, kind: '' } : null,
    accountability: { flagged: false, items: [] },
  },
})
