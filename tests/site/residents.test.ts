/** The seeded site's identity footer, titles and the residents' static forms (built once by globalSetup). */
import { describe, expect, it } from 'vitest'
import { challengePlaceholder, formPageOf } from '../../cms/domain/formPages.ts'
import { hasIdentity, identityLines, type SiteIdentityEntry } from '../../site/lib/identity.ts'
import { exists, html, htmlFiles, read } from './site.ts'

const EMPTY: SiteIdentityEntry = {
  id: 'site',
  siteName: '',
  sponsor: '',
  operator: '',
  phone: '',
  email: '',
  address: '',
  siteCode: '',
  icp: '',
  psb: '',
  wechatName: '',
  identityMarkUrl: '',
  errorReportUrl: '',
  footerLinks: [],
}

describe('site identity and residents’ pages', () => {
  it('should show the seeded identity in the footer with the ICP number linked to the registry', () => {
    const footer = html('index.html').querySelector('footer.site')
    expect(footer?.text).toContain('主办单位：中共示范市委宣传部 示范市文明办（演示）')
    expect(footer?.text).toContain('网站标识码：0000000000')
    const icp = footer?.querySelectorAll('a').find((a) => a.text.includes('ICP'))
    expect(icp?.getAttribute('href')).toBe('https://beian.miit.gov.cn/')
    expect(footer?.querySelector('.identity')?.text).toContain('示公网安备 00000000000000号（演示）')
  })

  it('should never print a label with an empty value in the footer', () => {
    for (const item of html('index.html').querySelectorAll('footer.site .identity li')) expect(item.text.trim()).not.toMatch(/：$/)
    expect(identityLines({ ...EMPTY, sponsor: '示范市文明办' })).toEqual([{ label: '主办单位', value: '示范市文明办' }])
    expect(hasIdentity(EMPTY)).toBe(false)
    expect(hasIdentity({ ...EMPTY, icp: '示ICP备1号' })).toBe(true)
  })

  it('should use the site name in page titles and the header', () => {
    expect(html('report/index.html').querySelector('title')?.text).toBe('市民随手拍 · 示范市文明网（演示）')
    expect(html('index.html').querySelector('header.site .brand')?.text).toBe('示范市文明网（演示）')
    expect(html('index.html').querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('示范市文明网（演示）')
  })

  it('should link the report form and the status page from every page’s footer', () => {
    const links = html('bulletins/index.html')
      .querySelectorAll('footer.site a')
      .map((a) => a.getAttribute('href'))
    expect(links).toContain('/report/')
    expect(links).toContain('/report/status/')
    expect(links.filter((href) => href === '/report/')).toHaveLength(1)
  })

  it('should build a no-JS report form that posts multipart to the API, with a honeypot and a place the server fills with a challenge', () => {
    const page = html('report/index.html')
    const form = page.querySelector('form.resident-form')
    expect(form?.getAttribute('action')).toBe('/api/resident-reports/submit')
    expect(form?.getAttribute('method')).toBe('post')
    expect(form?.getAttribute('enctype')).toBe('multipart/form-data')
    expect(read('report/index.html')).toContain(challengePlaceholder('resident-report'))
    expect(form?.querySelector('input[name=challengeToken]')).toBeNull()
    expect(form?.querySelector('input[name=website]')?.getAttribute('tabindex')).toBe('-1')
    expect(form?.querySelector('input[type=file][name=photos]')?.hasAttribute('multiple')).toBe(true)
    expect(
      form
        ?.querySelectorAll('select[name=category] option')
        .map((option) => option.getAttribute('value'))
        .filter(Boolean),
    ).toContain('illegal-parking')
    // Every visible field has a label.
    for (const input of form?.querySelectorAll('input:not([type=hidden]), select, textarea') ?? [])
      expect(page.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull()
    expect(form?.querySelector('button[type=submit]')?.text).toBe('提交随手拍')
  })

  it('should serve the status page as a GET form to the status endpoint', () => {
    const form = html('report/status/index.html').querySelector('form')
    expect(form?.getAttribute('action')).toBe('/api/resident-reports/status')
    expect(form?.getAttribute('method')).toBe('get')
    expect(form?.querySelector('input[name=code]')?.getAttribute('id')).toBe('code')
  })

  it('should offer 点赞 as a plain form POST on nominees whose round is in its public notice, with the count “截至” a time', () => {
    const nominee = html('good-people/q3-yang-guifang/index.html')
    const box = nominee.querySelector('section.endorse')
    const id = box?.getAttribute('data-endorse')
    expect(id).toMatch(/^\w+$/)
    const form = box?.querySelector('form[data-endorse-form]')
    expect(form?.getAttribute('method')).toBe('post')
    expect(form?.getAttribute('action')).toBe(`/api/good-people/${id}/endorse`)
    expect(form?.querySelector('button[type=submit]')?.text).toBe('点赞')
    expect(box?.querySelector('[data-endorse-count]')?.text).toBe('0')
    expect(box?.text).toMatch(/截至 \d{4}年\d{1,2}月\d{1,2}日/)
    expect(box?.querySelector('[data-endorse-at]')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(box?.querySelector('a[href="/good-people/q3-yang-guifang/objection/"]')?.text).toBe('对这位人选有异议？提交异议反馈')
    expect(box?.querySelector('form[action$="/objection"]')).toBeNull()
    expect(nominee.querySelector('script[src="/js/endorse.js"]')).not.toBeNull()
  })

  it('should build the 异议反馈 form on its own page for a nominee in 公示, with a place for the server’s challenge', () => {
    const id = html('good-people/q3-yang-guifang/index.html').querySelector('section.endorse')?.getAttribute('data-endorse')
    const page = html('good-people/q3-yang-guifang/objection/index.html')
    expect(formPageOf('/good-people/q3-yang-guifang/objection/')?.purpose).toBe('objection')
    expect(page.querySelector('h1')?.text).toBe('对杨桂芳的异议反馈')
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex')
    const form = page.querySelector('form.resident-form')
    expect(form?.getAttribute('action')).toBe(`/api/good-people/${id}/objection`)
    expect(form?.getAttribute('method')).toBe('post')
    expect(read('good-people/q3-yang-guifang/objection/index.html')).toContain(challengePlaceholder('objection'))
    expect(page.querySelector('script:not([src])')).toBeNull()
    for (const input of form?.querySelectorAll('input:not([type=hidden]), textarea') ?? [])
      expect(page.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull()
    expect(read('sitemap.xml')).not.toContain('/objection/')
  })

  it('should carry no challenge in any built page: every visitor gets one of their own from the server', () => {
    for (const file of htmlFiles()) {
      const text = read(file)
      expect(text, file).not.toContain('challengeToken')
      expect(text, file).not.toMatch(/等于几？/)
    }
  })

  it('should show no 点赞 and no 异议反馈 page for nominees of rounds outside a public notice', () => {
    expect(html('good-people/q2-zhang-xiulan/index.html').querySelector('section.endorse')).toBeNull()
    expect(read('good-people/q2-zhang-xiulan/index.html')).not.toContain('/endorse')
    expect(exists('good-people/q2-zhang-xiulan/objection/index.html')).toBe(false)
  })

  it('should have no inline script and no inline event handler on any page (the CSP forbids both)', () => {
    const files = htmlFiles()
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const text = read(file)
      expect(text, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(text, file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
      expect(text, file).not.toMatch(/href\s*=\s*["']?\s*javascript:/i)
    }
  })
})
