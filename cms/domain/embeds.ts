/**
 * Video embed URLs for TV-questioning episodes (电视问政). Only https players on an allow-list of
 * hosts may be embedded; the list can be replaced with VIDEO_EMBED_HOSTS.
 */

/** The players allowed when VIDEO_EMBED_HOSTS is not set. */
export const DEFAULT_EMBED_HOSTS = ['v.qq.com', 'player.bilibili.com', 'www.ixigua.com', 'tv.cctv.com', 'player.youku.com']

/** Null when the URL may be embedded; otherwise a message naming the allowed hosts. */
export function checkEmbedUrl(url: string, hosts: readonly string[]): string | null {
  const allowed = hosts.join('、')
  const allowedEn = hosts.join(', ')
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return `视频地址不是有效网址，请填写以 https:// 开头的播放页地址（允许：${allowed}）/ Not a valid URL; use an https:// player address (allowed: ${allowedEn})`
  }
  if (parsed.protocol !== 'https:') {
    return `视频地址必须以 https:// 开头（允许：${allowed}）/ The video URL must use https:// (allowed: ${allowedEn})`
  }
  if (!hosts.some((host) => host.toLowerCase() === parsed.hostname)) {
    return `不允许嵌入来自 ${parsed.hostname} 的视频，只允许：${allowed} / Videos from ${parsed.hostname} cannot be embedded; allowed: ${allowedEn}`
  }
  return null
}
