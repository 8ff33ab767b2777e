import { slugs } from '../../cms/slugs.ts'
import { toSiteImage } from '../lib/media.ts'
import { htmlToText, richTextToHtml } from '../lib/richtext.ts'
import { payloadLoader } from './payload.ts'

/** A published bulletin as the site needs it: explicit fields, HTML already sanitized. */
export const bulletinsLoader = payloadLoader(slugs.bulletins, (doc) => {
  const html = richTextToHtml(doc.body)
  return {
    id: String(doc.slug),
    cmsId: String(doc.id),
    title: String(doc.title),
    date: String(doc.date),
    updatedAt: String(doc.updatedAt),
    summary: typeof doc.summary === 'string' && doc.summary !== '' ? doc.summary : htmlToText(html).slice(0, 120),
    html,
    cover: toSiteImage(doc.cover),
  }
})
