/**
 * The minimal server-rendered pages the residents' endpoints answer with (a plain form POST needs
 * a page back, and the site's CSP forbids inline script): everything escaped, no script at all,
 * never cached. A caller that asks for JSON (`Accept: application/json`) gets the same facts as JSON.
 */
import type { PayloadRequest } from 'payload'
import { escapeHtml } from '../../../domain/formPages.ts'

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; text: string }
  /** A same-site form POST with one button and no fields (e.g. the second step of 点赞 without JavaScript). */
  | {
      kind: 'form'
      action: string
      button: string /** hidden fields the form carries back (e.g. a survey's answers) */
      fields?: [string, string][]
    }

export type PageAnswer = {
  status: number
  title: string
  blocks: Block[]
  json: Record<string, unknown>
  headers?: Record<string, string>
}

const STYLE =
  ':root{font-size:112.5%;--accent:#a3211a}html.elder{font-size:137.5%;--accent:#7d0f0a}' +
  'body{font:1rem/1.7 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1d1d1f;background:#fff}' +
  'header{border-bottom:3px solid var(--accent)}header div,main{max-width:40rem;margin:0 auto;padding:.75rem 1rem}' +
  'header div{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:space-between;align-items:center}' +
  'main form button{font:inherit;font-weight:700;padding:.5rem 1.5rem;min-height:44px;border:0;background:var(--accent);color:#fff;border-radius:.3rem}' +
  'header button{font:inherit;font-size:.9rem;padding:.3rem .8rem;min-height:44px;border:2px solid var(--accent);background:#fff;color:var(--accent);border-radius:.3rem}' +
  'h1{font-size:1.5rem;line-height:1.35;color:var(--accent)}a{color:var(--accent);text-underline-offset:.2em}li{margin:.25rem 0}' +
  '.code{font:700 1.75rem/1.4 ui-monospace,monospace;letter-spacing:.12em;background:#fff4e5;border:2px solid #8a4b08;padding:.5rem 1rem;display:inline-block;color:#1d1d1f;word-break:break-all}'

/** The site's header in miniature: home, and the elder-mode switch (/js/mode.js wires it; no inline script). */
const HEADER =
  '<header><div><a href="/">返回网站首页</a><button type="button" id="mode-toggle" aria-pressed="false" hidden>适老模式（大字）</button></div></header>'

function block(item: Block): string {
  if (item.kind === 'p') return `<p>${escapeHtml(item.text)}</p>`
  if (item.kind === 'code') return `<p><strong class="code">${escapeHtml(item.text)}</strong></p>`
  if (item.kind === 'link') return `<p><a href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a></p>`
  if (item.kind === 'form')
    return `<form method="post" action="${escapeHtml(item.action)}">${(item.fields ?? []).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('')}<p><button type="submit">${escapeHtml(item.button)}</button></p></form>`
  return `<ul>${item.items.map((text) => `<li>${escapeHtml(text)}</li>`).join('')}</ul>`
}

export function renderPage(title: string, blocks: Block[]): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · 市民参与</title><style>${STYLE}</style><script src="/js/mode.js"></script></head><body>${HEADER}<main><h1>${escapeHtml(title)}</h1>${blocks.map(block).join('')}</main></body></html>`
}

const wantsJson = (req: PayloadRequest): boolean => (req.headers.get('accept') ?? '').includes('application/json')

export function answer(req: PayloadRequest, result: PageAnswer): Response {
  const headers = new Headers({ 'cache-control': 'no-store', ...result.headers })
  if (wantsJson(req)) {
    headers.set('content-type', 'application/json; charset=utf-8')
    return new Response(JSON.stringify(result.json), { status: result.status, headers })
  }
  headers.set('content-type', 'text/html; charset=utf-8')
  return new Response(renderPage(result.title, result.blocks), { status: result.status, headers })
}

export const BACK_TO_FORM: Block = { kind: 'link', href: '/report/', text: '重新打开随手拍表单（浏览器“后退”可保留已填内容）' }

/** 429 with Retry-After and a Chinese explanation. */
export function tooMany(req: PayloadRequest, retryAfterSeconds: number, what: string): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return answer(req, {
    status: 429,
    title: '提交过于频繁',
    blocks: [{ kind: 'p', text: `同一网络${what}次数已达上限，请 ${minutes} 分钟后再试。如情况紧急，请拨打 12345 市民热线。` }],
    json: { ok: false, message: `${what}过于频繁，请 ${minutes} 分钟后再试。`, retryAfterSeconds },
    headers: { 'retry-after': String(retryAfterSeconds) },
  })
}

/** 400 listing every problem, each naming its field, and the way back to the form. */
export function badInput(
  req: PayloadRequest,
  errors: { field: string; message: string }[],
  title = '提交的内容需要修改',
  back: Block = BACK_TO_FORM,
): Response {
  return answer(req, {
    status: 400,
    title,
    blocks: [
      { kind: 'p', text: '请点浏览器的“后退”回到表单（已填写的内容会保留），按下列提示修改后重新提交：' },
      { kind: 'list', items: errors.map((error) => error.message) },
      back,
    ],
    json: { ok: false, errors },
  })
}
