/**
 * Anonymous writes (点赞, 随手拍, 异议, and every residents' form to come) are same-site only: a
 * browser tells where a request comes from with `Sec-Fetch-Site` (every current browser) and
 * `Origin` (on every POST). A request that either header places on another site is refused, so no
 * other page can make its visitors' browsers vote or post. A request with neither header is not a
 * browser acting for another site (curl, a script): it is let through to the other protections
 * (signed browser id, one-time challenge, per-network limits). Pure.
 */
export type SameSiteVerdict = { ok: true } | { ok: false; message: string }

const REFUSED: SameSiteVerdict = {
  ok: false,
  message: '请求来自其他网站，已拒绝。请在本站页面上操作。 / Cross-site request refused: use the form on this site.',
}

export function sameSiteVerdict(headers: { get: (name: string) => string | null }, siteOrigin: string): SameSiteVerdict {
  const fetchSite = headers.get('sec-fetch-site')?.trim().toLowerCase()
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return REFUSED
  const origin = headers.get('origin')?.trim()
  if (origin && origin !== 'null' && origin.toLowerCase() !== siteOrigin.toLowerCase()) return REFUSED
  // A sandboxed or privacy-stripped context sends "Origin: null": never same-site.
  if (origin === 'null') return REFUSED
  return { ok: true }
}
