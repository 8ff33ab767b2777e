/**
 * What the residents' pages need from the CMS at build time: the site's identity (网站设置 global,
 * read anonymously like everything else) and the open public notices (公示). The forms' one-time
 * challenges are not built into pages: the server fills a fresh one into each form page it serves
 * (cms/domain/formPages.ts, publisher/formPages.ts).
 */
import type { Loader } from 'astro/loaders'
import { chinaDay } from '../../cms/domain/dates.ts'
import { type NoticeWindow, noticeState } from '../../cms/domain/endorsements.ts'
import { globalSlugs, slugs } from '../../cms/slugs.ts'
import { qrImage, type SiteIdentityEntry } from '../lib/identity.ts'
import type { PageSettings } from '../lib/pageSettings.ts'
import { cms } from './payload.ts'

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
/** A link the footer may show (http(s) or a site path), else ''. */
const link = (value: unknown): string => (/^(https?:\/\/|\/)/.test(str(value)) ? str(value) : '')

/** The site identity (网站设置), its images linked under the build's media base. */
export const siteIdentityLoader = ({ mediaBase }: PageSettings): Loader => ({
  name: 'payload:site-identity',
  load: async ({ store, parseData }) => {
    const payload = await cms()
    // depth 1: the QR code's and the mark's media items (anonymous: readable once the global uses it).
    const doc = (await payload.findGlobal({ slug: globalSlugs.siteIdentity, depth: 1, overrideAccess: false })) as unknown as Record<
      string,
      unknown
    >
    const qr = qrImage(doc.wechatQr, mediaBase)
    const mark = qrImage(doc.identityMark, mediaBase)
    const links = Array.isArray(doc.footerLinks) ? (doc.footerLinks as Record<string, unknown>[]) : []
    const entry: SiteIdentityEntry = {
      id: 'site',
      siteName: str(doc.siteName),
      sponsor: str(doc.sponsor),
      operator: str(doc.operator),
      phone: str(doc.phone),
      email: str(doc.email),
      address: str(doc.address),
      siteCode: str(doc.siteCode),
      icp: str(doc.icp),
      psb: str(doc.psb),
      wechatName: str(doc.wechatName),
      ...(qr ? { wechatQr: qr } : {}),
      ...(mark ? { identityMark: mark } : {}),
      identityMarkUrl: link(doc.identityMarkUrl),
      errorReportUrl: link(doc.errorReportUrl),
      footerLinks: links.map((item) => ({ label: str(item.label), url: str(item.url) })).filter((item) => item.label && link(item.url)),
    }
    store.clear()
    store.set({ id: 'site', data: await parseData({ id: 'site', data: entry }) })
  },
})

export type NoticeInfo = { id: string; noticeFrom: string | null; noticeTo: string | null; count: number; at: string }

/**
 * The public notice (公示) of every nominee whose round's notice is open today, keyed by the
 * nominee's CMS id, with its endorsement count (counts are public). Nominees of other rounds have no
 * entry. Re-read on every build: a notice opens and closes by the clock (the builder rebuilds at
 * those moments, publisher/clock.ts). A count that did not change keeps the time it was read, so
 * an unchanged page is not rendered again (the count and "as of" time are in its props).
 */
export const noticesLoader: Loader = {
  name: 'payload:notices',
  load: async ({ store, parseData }) => {
    const payload = await cms()
    const now = new Date()
    const rounds = await payload.find({
      collection: slugs.selectionRounds,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { noticeFrom: true, noticeTo: true } as never,
    })
    const open = rounds.docs.filter((round) => noticeState(round as NoticeWindow, now) === 'open') as unknown as (NoticeWindow & {
      id: number | string
    })[]
    const nominees = open.length
      ? ((
          await payload.find({
            collection: slugs.goodPeople,
            where: { round: { in: open.map((round) => round.id) } },
            depth: 0,
            pagination: false,
            overrideAccess: false,
            select: { round: true } as never,
          })
        ).docs as unknown as { id: number | string; round?: unknown }[])
      : []
    const previous = new Map([...store.values()].map((entry) => [entry.id, entry.data as unknown as NoticeInfo]))
    store.clear()
    for (const nominee of nominees) {
      const id = String(nominee.id)
      const round = open.find((candidate) => String(candidate.id) === String(nominee.round))
      if (!round) continue
      const count = (await payload.count({ collection: slugs.endorsements, where: { nominee: { equals: id } }, overrideAccess: true }))
        .totalDocs
      const noticeFrom = chinaDay(round.noticeFrom ?? '')
      const noticeTo = chinaDay(round.noticeTo ?? '')
      const before = previous.get(id)
      const same = before && before.count === count && before.noticeFrom === noticeFrom && before.noticeTo === noticeTo
      const entry: NoticeInfo = { id, noticeFrom, noticeTo, count, at: same ? before.at : now.toISOString() }
      store.set({ id, data: await parseData({ id, data: entry }) })
    }
  },
}
