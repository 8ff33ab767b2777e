/** The site's official identity (网站设置) as the footer and titles use it. Pure. */
import type { SiteImage } from './media.ts'
import { mediaUrl } from './media.ts'

export type SiteIdentityEntry = {
  id: string
  siteName: string
  sponsor: string
  operator: string
  phone: string
  email: string
  address: string
  siteCode: string
  icp: string
  psb: string
  wechatName: string
  /** The WeChat QR code (public once saved: cms/media/visibility.ts). */
  wechatQr?: SiteImage
  /** The 党政机关网站 identity mark (an image issued to the office) and where it links; shown only when set. */
  identityMark?: SiteImage
  identityMarkUrl: string
  /** The “我为政府网站找错” link; shown only when set. */
  errorReportUrl: string
  footerLinks: { label: string; url: string }[]
}

/** The MIIT registry's public lookup page every ICP number links to. */
export const ICP_LOOKUP_URL = 'https://beian.miit.gov.cn/'

/** The public-security registry's lookup of one registration, by the number's digits. */
export const PSB_LOOKUP_URL = 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode='

/** 隐私说明: what the residents' forms keep, for how long and who sees it (site/pages/privacy.astro). */
export const PRIVACY_PATH = '/privacy/'

/** The registry page of a 公安机关备案号 such as 京公网安备 11010502030143号, or null when it has no digits. */
export function psbLookupUrl(psb: string): string | null {
  const digits = psb.replace(/\D/g, '')
  return digits ? `${PSB_LOOKUP_URL}${digits}` : null
}

/** Whether the footer has anything of the identity to show (lines, registration numbers or the QR code). */
export const hasIdentity = (identity: SiteIdentityEntry | undefined): boolean =>
  Boolean(identity && (identityLines(identity).length > 0 || identity.icp || identity.psb || identity.wechatQr || identity.identityMark))

/** The footer's lines, empty fields left out. */
export function identityLines(identity: SiteIdentityEntry | undefined): { label: string; value: string }[] {
  if (!identity) return []
  const lines = [
    { label: '主办单位', value: identity.sponsor },
    { label: '承办单位', value: identity.operator },
    { label: '联系电话', value: identity.phone },
    { label: '联系邮箱', value: identity.email },
    { label: '地址', value: identity.address },
    { label: '网站标识码', value: identity.siteCode },
    { label: '微信公众号', value: identity.wechatName },
  ]
  return lines.filter((line) => line.value)
}

/** An image as uploaded (renditions crop to 4:3, which would cut a QR code or a mark), or undefined. */
export function qrImage(value: unknown, mediaBase: string): SiteImage | undefined {
  if (!value || typeof value !== 'object') return undefined
  const doc = value as { alt?: string | null; filename?: string | null; width?: number | null; height?: number | null }
  if (!doc.filename || !doc.width || !doc.height) return undefined
  return { src: mediaUrl(doc.filename, mediaBase), srcset: '', width: doc.width, height: doc.height, alt: doc.alt ?? '' }
}

/** Who the feeds name as their source: the sponsor (主办单位), else the site's name. */
export const sourceNameOf = (identity: SiteIdentityEntry | undefined, fallback: string): string =>
  identity?.sponsor || identity?.siteName || fallback

/**
 * The licence line every feed item and the 媒体合作 page carry (issue 25), from the site identity:
 * 转载请注明来源：<sponsor>; and the copyright line © <year> <sponsor>.
 */
export function licenceOf(identity: SiteIdentityEntry | undefined, fallback: string, year: number) {
  const sourceName = sourceNameOf(identity, fallback)
  return {
    sourceName,
    licence: `本站内容欢迎媒体转载，转载请注明来源：${sourceName}，并保留原文链接；图片、视频与附件请勿裁剪、改动。`,
    copyright: `© ${year} ${sourceName}`,
  }
}
