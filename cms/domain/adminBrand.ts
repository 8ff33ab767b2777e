/** The admin's own name: the office's site name (网站设置), or the product's. Pure. */

export const ADMIN_FALLBACK_NAME = '创城宣传管理平台'

/** The name the admin shows on the login page, in the header and in the browser title. */
export const adminSiteName = (siteName: unknown): string => (typeof siteName === 'string' && siteName.trim()) || ADMIN_FALLBACK_NAME

/** The small mark beside the name in the header: the name's first character. */
export const adminMarkLetter = (name: string): string => [...name][0] ?? '创'

/** What Payload appends to every admin page title (it inserts one space before it). */
export const adminTitleSuffix = (name: string): string => `· ${name}`
