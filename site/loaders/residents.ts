/**
 * What the residents' pages need from the CMS at build time: the site's identity (网站设置 global,
 * read anonymously like everything else) and the signed arithmetic challenges the static forms
 * carry (cms/domain/challenge.ts; the server checks them with the same secret, no state).
 * Both are re-read on every build.
 */
import { randomInt } from 'node:crypto'
import type { Loader } from 'astro/loaders'
import { makeChallenge } from '../../cms/domain/challenge.ts'
import { chinaDay } from '../../cms/domain/dates.ts'
import { noticeState } from '../../cms/domain/endorsements.ts'
import { globalSlugs } from '../../cms/slugs.ts'
import { qrImage, type SiteIdentityEntry } from '../lib/identity.ts'
import { cms } from './payload.ts'

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

export const siteIdentityLoader: Loader = {
  name: 'payload:site-identity',
  load: async ({ store, parseData }) => {
    const payload = await cms()
    // depth 1: the QR code's media item (anonymous: readable once the global uses it).
    const doc = (await payload.findGlobal({ slug: globalSlugs.siteIdentity, depth: 1, overrideAccess: false })) as unknown as Record<
      string,
      unknown
    >
    const qr = qrImage(doc.wechatQr)
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
      footerLinks: links
        .map((link) => ({ label: str(link.label), url: str(link.url) }))
        .filter((link) => link.label && /^(https?:\/\/|\/)/.test(link.url)),
    }
    store.clear()
    store.set({ id: 'site', data: await parseData({ id: 'site', data: entry }) })
  },
}

/** One fresh challenge per form and build. */
export const formChallengesLoader: Loader = {
  name: 'payload:form-challenges',
  load: async ({ store, parseData }) => {
    const payload = await cms()
    store.clear()
    for (const purpose of ['resident-report', 'objection']) {
      const challenge = makeChallenge({
        secret: payload.secret,
        purpose,
        now: new Date(),
        random: () => randomInt(0, 1_000_000) / 1_000_000,
      })
      store.set({ id: purpose, data: await parseData({ id: purpose, data: { id: purpose, ...challenge } }) })
    }
  },
}

export type NoticeInfo = { open: boolean; noticeFrom: string | null; noticeTo: string | null; count: number; at: string }

/** The public notice of a nominee's round at build time and its endorsement count then (counts are public). */
export async function noticeFor(nomineeId: string): Promise<NoticeInfo> {
  const payload = await cms()
  const at = new Date()
  const { docs } = await payload.find({
    collection: 'good-people',
    where: { id: { equals: nomineeId } },
    depth: 1,
    limit: 1,
    overrideAccess: false,
    select: { round: true },
  })
  const round = (docs[0]?.round ?? null) as { noticeFrom?: string | null; noticeTo?: string | null } | null
  const state = round && typeof round === 'object' ? noticeState(round, at) : 'none'
  const count = (await payload.count({ collection: 'endorsements', where: { nominee: { equals: nomineeId } }, overrideAccess: true }))
    .totalDocs
  return {
    open: state === 'open',
    noticeFrom: round && typeof round === 'object' ? chinaDay(round.noticeFrom ?? '') : null,
    noticeTo: round && typeof round === 'object' ? chinaDay(round.noticeTo ?? '') : null,
    count,
    at: at.toISOString(),
  }
}
