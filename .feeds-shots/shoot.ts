import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { buildSeededSite } from '../tests/helpers/builtSite.ts'
import { launchBrowser } from '../tests/helpers/browser.ts'
import { serveFrom, siteHandler } from '../publisher/siteHandler.ts'

const site = await buildSeededSite('feeds-shots')
console.log('built', site.out)
const handler = siteHandler(site.out)
const server = http.createServer((req, res) => serveFrom(handler, req, res))
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const browser = await launchBrowser()
const pages: [string, string][] = [
  ['partners', '/partners/'],
  ['ad', '/ads/guanzi-poster-1/'],
  ['knowledge-item', '/knowledge/what-is-civilized-city/'],
  ['ads-list', '/ads/'],
  ['knowledge-topic', '/knowledge/campaign-basics/'],
]
for (const [name, url] of pages) {
  for (const elder of [false, true]) {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } })
    await page.goto(base + url)
    if (elder) {
      await page.evaluate(() => localStorage.setItem('mode', 'elder'))
      await page.reload()
    }
    await page.screenshot({ path: `/work/shots/feeds/${name}${elder ? '-elder' : ''}.png`, fullPage: true })
    await page.close()
  }
}
await browser.close()
server.close()
console.log('kept', site.dir)
