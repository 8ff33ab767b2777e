/**
 * How large a request body each address takes — one table, checked by the server (cms/http/bodyCap.ts)
 * before Next or Payload reads a byte, and the largest entry is nginx's client_max_body_size
 * (deploy/defaults.ts). A declared Content-Length over the cap is refused with 413; a body without
 * one (Transfer-Encoding: chunked) with 411: browsers, the admin and curl declare the length of every
 * form and upload, and nginx in front forwards a chunked upload with its length once it has it — so
 * the server decides from the header alone and never has to count a stream inside Next. Pure.
 */

import { messageBodyMaxBytes, RATING_BODY_MAX_BYTES } from '../../domain/messages/limits.ts'
import { QUIZ_BODY_MAX_BYTES } from '../../domain/quiz/rules.ts'
import { reportBodyMaxBytes, reportPhotoMaxBytes } from '../../domain/residentReports.ts'
import { SURVEY_BODY_MAX_BYTES } from '../../domain/surveys/limits.ts'
import { SIGNUP_BODY_MAX_BYTES } from '../../domain/volunteering/index.ts'

export type BodyCapSettings = {
  /** MEDIA_MAX_BYTES: the largest upload. */
  mediaMaxBytes: number
  /** SCORE_IMPORT_MAX_BYTES: the largest score spreadsheet. */
  importMaxBytes: number
  /** VIDEO_MAX_BYTES: the largest MP4 video (media uploads take the larger of the two). */
  videoMaxBytes?: number
}
export type BodyCap = { route: { zh: string; en: string }; maxBytes: number }
export type BodyVerdict = { ok: true; cap: BodyCap } | { ok: false; status: 411 | 413 | 415; cap: BodyCap; message: string }
export type BodyRequest = {
  method?: string
  url: string
  contentLength?: string
  transferEncoding?: string
  contentType?: string
  /** Next's `Next-Action` header: a server action the admin calls with fetch. */
  nextAction?: string
}

const KB = 1024
const MB = 1024 * KB
/** Room for the multipart form around an uploaded file (its headers, `_payload` with the alt text…). */
export const MULTIPART_ENVELOPE_BYTES = MB

type Rule = { route: BodyCap['route']; path: RegExp; maxBytes: (settings: BodyCapSettings) => number }

/** First match wins; paths are matched without the query string. */
const RULES: readonly Rule[] = [
  {
    route: { zh: '媒体上传', en: 'media uploads' },
    path: /^\/api\/media(?:\/[^/]+)?\/?$/,
    maxBytes: (s) => Math.max(s.mediaMaxBytes, s.videoMaxBytes ?? 0) + MULTIPART_ENVELOPE_BYTES,
  },
  {
    route: { zh: '随手拍', en: 'resident reports' },
    path: /^\/api\/resident-reports\/submit\/?$/,
    maxBytes: (s) => reportBodyMaxBytes(reportPhotoMaxBytes(s.mediaMaxBytes)),
  },
  { route: { zh: '异议', en: 'objections' }, path: /^\/api\/good-people\/[^/]+\/objection\/?$/, maxBytes: () => 64 * KB },
  { route: { zh: '点赞', en: 'endorsements' }, path: /^\/api\/good-people\/[^/]+\/endorse\/?$/, maxBytes: () => 8 * KB },
  {
    route: { zh: '志愿活动报名', en: 'volunteer sign-ups' },
    path: /^\/api\/volunteer-activities\/[^/]+\/(?:signup|cancel)\/?$/,
    maxBytes: () => SIGNUP_BODY_MAX_BYTES,
  },
  { route: { zh: '应知应会测试', en: 'quiz answers' }, path: /^\/api\/knowledge\/quiz\/?$/, maxBytes: () => QUIZ_BODY_MAX_BYTES },
  { route: { zh: '问卷答卷', en: 'survey answers' }, path: /^\/api\/surveys\/[^/]+\/answer\/?$/, maxBytes: () => SURVEY_BODY_MAX_BYTES },
  {
    route: { zh: '留言', en: 'messages' },
    path: /^\/api\/messages\/submit\/?$/,
    maxBytes: (s) => messageBodyMaxBytes(reportPhotoMaxBytes(s.mediaMaxBytes)),
  },
  { route: { zh: '留言评价', en: 'message ratings' }, path: /^\/api\/messages\/rate\/?$/, maxBytes: () => RATING_BODY_MAX_BYTES },
  {
    route: { zh: '测评分数导入', en: 'score imports' },
    path: /^\/api\/evaluation-rounds\/[^/]+\/import\/(?:preview|commit)\/?$/,
    maxBytes: (s) => s.importMaxBytes + 64 * KB,
  },
  { route: { zh: 'GraphQL', en: 'GraphQL' }, path: /^\/api\/graphql\/?$/, maxBytes: () => MB },
  { route: { zh: '接口与管理后台', en: 'the API and the admin' }, path: /^\/(?:api|admin|_next|__nextjs)(?:\/|$)/, maxBytes: () => 4 * MB },
  // The public site is static files: nothing there reads a body.
  { route: { zh: '公众网站', en: 'the public site' }, path: /^/, maxBytes: () => 64 * KB },
]

/** The cap for a request path (query string ignored). */
export function bodyCapFor(url: string, settings: BodyCapSettings): BodyCap {
  const pathname = url.split('?', 1)[0] ?? '/'
  const rule = RULES.find((candidate) => candidate.path.test(pathname)) ?? (RULES.at(-1) as Rule)
  return { route: rule.route, maxBytes: rule.maxBytes(settings) }
}

/** The largest body any address takes (nginx's client_max_body_size). */
export function largestBodyCap(settings: BodyCapSettings): number {
  return Math.max(...RULES.map((rule) => rule.maxBytes(settings)))
}

const megabytes = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MB`

/**
 * A multipart POST to a Next page (the admin, `/api` itself — anything but the `/api/…` route
 * handlers) that is not a fetch server action: Next would try it as a no-JavaScript form action and
 * answer a malformed body with 500. Nothing in this app posts such forms (the admin's server
 * functions are fetch actions), so it is refused from its headers.
 */
const isPageFormPost = (request: BodyRequest): boolean =>
  request.method === 'POST' &&
  request.nextAction === undefined &&
  /^\s*multipart\//i.test(request.contentType ?? '') &&
  /^\/(?:api|admin|_next|__nextjs)(?:[/?]|$)/.test(request.url) &&
  !/^\/api\/[^/?]/.test(request.url)

/** Whether a request may send its body, judged from its headers alone. */
export function bodyVerdict(request: BodyRequest, settings: BodyCapSettings): BodyVerdict {
  const cap = bodyCapFor(request.url, settings)
  if (request.transferEncoding !== undefined)
    return {
      ok: false,
      status: 411,
      cap,
      message:
        '请求必须注明内容长度（Content-Length），不接受分块传输 / a request body needs a Content-Length; chunked bodies are not accepted',
    }
  const length = Number(request.contentLength ?? 0)
  if (length > cap.maxBytes)
    return {
      ok: false,
      status: 413,
      cap,
      message: `提交的内容过大：${cap.route.zh}最多接受 ${megabytes(cap.maxBytes)} / request body too large: at most ${megabytes(cap.maxBytes)} for ${cap.route.en}`,
    }
  if (isPageFormPost(request))
    return { ok: false, status: 415, cap, message: '此地址不接受表单上传 / this address takes no multipart form posts' }
  return { ok: true, cap }
}
