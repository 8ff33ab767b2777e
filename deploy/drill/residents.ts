/** Residents' writes through nginx as a browser sends them: 点赞 (signed browser id, then the vote) and 随手拍 (the form page's challenge). */
import { parse } from 'node-html-parser'
import { solveQuestion } from '../../tests/helpers/residents.ts'
import { type Answer, ask, cookieOf } from './client.ts'

export type Site = { base: string; origin: string; nominee: number | string }

const json = { accept: 'application/json' }

/** A signed browser id taken from `from` (a cookie), or '' when refused. */
export async function browserId(site: Site, from: string): Promise<string> {
  const answer = await ask(`${site.base}/api/good-people/${site.nominee}/endorse`, { from, headers: json, timeoutMs: 30_000 })
  return answer.status === 200 ? cookieOf(answer) : ''
}

/** One 点赞 from `from` with a browser id (taken from `idFrom`, default the same address). */
export async function vote(site: Site, from: string, idFrom = from): Promise<Answer> {
  const cookie = await browserId(site, idFrom)
  if (!cookie) return { status: 0, text: '', headers: {}, started: Date.now(), ms: 0, error: 'no browser id' }
  return ask(`${site.base}/api/good-people/${site.nominee}/endorse`, {
    method: 'POST',
    from,
    headers: { ...json, cookie, origin: site.origin, 'sec-fetch-site': 'same-origin' },
    timeoutMs: 30_000,
  })
}

let seq = 0
/** One 随手拍 from `from`: the form page (with its own challenge) read, filled in and posted. */
export async function report(site: Site, from: string): Promise<Answer> {
  const page = await ask(`${site.base}/report/`, { from })
  const form = parse(page.text).querySelector('form.resident-form')
  const question = form?.querySelector('label[for=challengeAnswer]')?.text ?? ''
  const body = new FormData()
  const n = ++seq
  const fields: Record<string, string> = {
    category: form?.querySelectorAll('select[name=category] option')[2]?.getAttribute('value') ?? '',
    description: `演练：幸福路菜市场门口人行道被占用，行人只能走机动车道（第${n}次，${Date.now()}）。`,
    place: `景明区幸福路菜市场北门 ${n} 号摊位旁`,
    contactName: '',
    contactPhone: '',
    website: '',
    challengeAnswer: question ? solveQuestion(question) : '',
    challengeToken: form?.querySelector('input[name=challengeToken]')?.getAttribute('value') ?? '',
  }
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return ask(`${site.base}${form?.getAttribute('action') ?? '/api/resident-reports/submit'}`, {
    method: 'POST',
    from,
    body,
    headers: { origin: site.origin, accept: 'text/html' },
  })
}

/** A sign-in with a wrong password from `from`. */
export const wrongSignIn = (base: string, email: string, from: string): Promise<Answer> =>
  ask(`${base}/api/users/login`, { method: 'POST', from, body: JSON.stringify({ email, password: 'not-the-password' }) })
