/** Publishing through nginx as an editor does (a 通报 created as a draft, then published), and waiting for it live. */
import { richText } from '../../seed/lexical.ts'
import { ask } from './client.ts'

export type Publisher = { base: string; token: string }

let seq = 0

/** A new 通报 published through the API (any API host, as nginx chooses): its live address and title. */
export async function publishBulletin(p: Publisher, label: string): Promise<{ url: string; title: string; ok: boolean; detail: string }> {
  const n = ++seq
  const title = `演练${label}通报${n}-${Date.now() % 100000}`
  const slug = `drill-${label}-${n}-${Date.now() % 100000}`
  const headers = { authorization: `JWT ${p.token}` }
  const draft = await ask(`${p.base}/api/bulletins?draft=true`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title,
      slug,
      series: 'briefing',
      date: '2026-12-06',
      body: richText([`${title}正文`]),
      reviewState: 'submitted',
    }),
  })
  const id = draft.status === 201 ? (JSON.parse(draft.text) as { doc: { id: number | string } }).doc.id : null
  if (id === null) return { url: '', title, ok: false, detail: `create ${draft.status} ${draft.text.slice(0, 200)}` }
  const published = await ask(`${p.base}/api/bulletins/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'published' }) })
  return { url: `${p.base}/bulletins/${slug}/`, title, ok: published.status === 200, detail: `publish ${published.status}` }
}

/** Waits until the page at `url` shows `title`: the time it took (ms) or null when `ms` passed first. */
export async function waitLive(url: string, title: string, ms: number, from?: string): Promise<number | null> {
  const started = Date.now()
  while (Date.now() - started < ms) {
    const answer = await ask(url, { from, timeoutMs: 10_000 })
    if (answer.status === 200 && answer.text.includes(title)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return null
}

/** The site-status global's state (idle, queued, building…), as an admin sees it. */
export async function siteState(p: Publisher): Promise<string> {
  const answer = await ask(`${p.base}/api/globals/site-status`, { headers: { authorization: `JWT ${p.token}` }, timeoutMs: 5000 })
  return answer.status === 200 ? String((JSON.parse(answer.text) as { state?: string }).state) : `http ${answer.status}`
}

/** The builder lease's holder (`host:pid:…`). */
export async function leaseHolder(p: Publisher): Promise<string> {
  const answer = await ask(`${p.base}/api/builder-leases?limit=1&depth=0`, {
    headers: { authorization: `JWT ${p.token}` },
    timeoutMs: 5000,
  })
  if (answer.status !== 200) return `http ${answer.status}`
  return String((JSON.parse(answer.text) as { docs: { holder?: string }[] }).docs[0]?.holder ?? 'none')
}
