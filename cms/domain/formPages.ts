/**
 * The form pages the server fills in (publisher/formPages.ts): each is built by Astro like any page,
 * with a placeholder where its challenge goes, and each GET of it is answered by the Node server
 * with a fresh one-time challenge (cms/domain/challenge.ts), never cached. The nginx front
 * (deploy/nginx.ts) proxies exactly these paths to Node; a CDN must send them to the origin.
 * A new residents' form (留言, a survey) = one row here, its page with <FormChallenge>, its endpoint.
 * Pure.
 */
export const FORM_PAGES = [
  /** 市民随手拍 → POST /api/resident-reports/submit */
  { path: '/report/', purpose: 'resident-report' },
  /** 异议反馈 on a nominee in 公示 → POST /api/good-people/:id/objection ('*' is one path segment, the slug) */
  { path: '/good-people/*/objection/', purpose: 'objection' },
  /** 异议反馈 on a civility title in 公示 → POST /api/civility-titles/:id/objection */
  { path: '/titles/*/objection/', purpose: 'title-objection' },
  /** 志愿活动报名 on an upcoming activity's own page → POST /api/volunteer-activities/:id/signup (past ones carry no form) */
  { path: '/volunteering/*/', purpose: 'volunteer-signup' },
  /** 应知应会测试: N questions drawn per GET with a signed token (no arithmetic question) → POST /api/knowledge/quiz */
  { path: '/quiz/', purpose: 'quiz' },
  /** 留言 (residents' questions and suggestions) → POST /api/messages/submit */
  { path: '/messages/new/', purpose: 'message' },
] as const

export type FormPage = (typeof FORM_PAGES)[number]
export type ChallengePurpose = FormPage['purpose']

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The page's request paths as one regular expression, usable by JavaScript and nginx (PCRE): the
 * path with or without its trailing slash or `index.html` (the static server answers all three).
 */
export function formPagePattern(page: Pick<FormPage, 'path'>): string {
  const base = page.path.replace(/\/$/, '')
  // A '*' segment is any name not starting with a dot (dot paths are never served).
  const segments = base.split('*').map(escapeRegex).join('[^/.][^/]*')
  return `^${segments}(?:/|/index\\.html)?$`
}

const MATCHERS = FORM_PAGES.map((page) => ({ page, pattern: new RegExp(formPagePattern(page)) }))

/** The form page a decoded, normalized request path is, or null. */
export function formPageOf(pathname: string): FormPage | null {
  return MATCHERS.find((matcher) => matcher.pattern.test(pathname))?.page ?? null
}

export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char)

/**
 * What the built page carries where the challenge goes: a note that shows only if the page was
 * served without the server (a misrouted CDN), in which case submitting is refused as an expired page.
 */
export const challengePlaceholder = (purpose: ChallengePurpose): string =>
  `<p class="challenge" data-challenge="${purpose}">验证题需要由网站服务器提供：请刷新本页面。</p>`

/**
 * The challenge's form fields: the question as the answer's label, the signed token hidden. Neither
 * is restored by the browser from an earlier visit (autocomplete off), so Back after a refused
 * answer shows either the page as it was or a fresh question with its own token.
 */
export function challengeFields(challenge: { question: string; token: string }): string {
  return [
    '<p class="challenge">',
    `<label for="challengeAnswer">验证题（必填）：${escapeHtml(challenge.question)}</label>`,
    '<input id="challengeAnswer" name="challengeAnswer" type="text" inputmode="numeric" required maxlength="3" autocomplete="off" />',
    `<input type="hidden" name="challengeToken" value="${escapeHtml(challenge.token)}" autocomplete="off" />`,
    '</p>',
  ].join('')
}
