/**
 * Government-site basics on the seeded site (built once by globalSetup): the footer's registration
 * links, the 党政机关网站 mark slot, “我为政府网站找错”, and the privacy notice linked from the
 * footer and from each residents' form.
 */
import { describe, expect, it } from 'vitest'
import { psbLookupUrl } from '../../site/lib/identity.ts'
import { exists, html, htmlFiles, read } from './site.ts'

const footerLinks = (file: string) =>
  html(file)
    .querySelectorAll('footer.site a')
    .map((a) => ({ text: a.text.trim(), href: a.getAttribute('href') }))

describe('the footer on every page', () => {
  it('should link the public-security number to its record in the registry, by its digits', () => {
    const psb = footerLinks('index.html').find((link) => link.text.includes('公网安备'))
    expect(psb).toEqual({
      text: '示公网安备 00000000000000号（演示）',
      href: 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=00000000000000',
    })
  })

  it.each([
    ['京公网安备 11010502030143号', 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502030143'],
    ['鲁公网安备37010202000001号', 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=37010202000001'],
    ['待备案', null],
  ])('should look %s up as %s', (number, url) => {
    expect(psbLookupUrl(number)).toBe(url)
  })

  it('should link the ICP number to the MIIT registry as before', () => {
    expect(footerLinks('index.html').find((link) => link.text.includes('ICP'))?.href).toBe('https://beian.miit.gov.cn/')
  })

  it('should link “我为政府网站找错” to the address set in 网站设置 and 隐私说明 to /privacy/, on every page', () => {
    // The partners' embeds (/embed/, framed on other sites) carry only a source line linking back to the full page.
    const pages = htmlFiles().filter((file) => file !== '404.html' && !file.startsWith('embed/'))
    expect(pages.length).toBeGreaterThan(100)
    for (const file of pages) {
      const links = footerLinks(file)
      expect(
        links.filter((link) => link.text === '我为政府网站找错'),
        file,
      ).toEqual([{ text: '我为政府网站找错', href: 'https://zfwzzc.www.gov.cn/' }])
      expect(
        links.filter((link) => link.text === '隐私说明'),
        file,
      ).toEqual([{ text: '隐私说明', href: '/privacy/' }])
    }
  })

  it('should leave the 党政机关网站 mark out while 网站设置 has none (the demo never imitates a real mark)', () => {
    expect(html('index.html').querySelector('footer.site .gov-mark')).toBeNull()
    expect(read('index.html')).not.toContain('党政机关网站标识')
  })
})

describe('/privacy/ (隐私说明)', () => {
  const page = () => html('privacy/index.html')

  it('should be one page with one h1, a section per form, and listed in the sitemap', () => {
    expect(exists('privacy/index.html')).toBe(true)
    expect(
      page()
        .querySelectorAll('h1')
        .map((h) => h.text),
    ).toEqual(['隐私说明'])
    expect(page().querySelector('title')?.text).toBe('隐私说明 · 示范市文明网（演示）')
    for (const id of ['report', 'endorse', 'objection']) expect(page().querySelector(`h2#${id}`), id).not.toBeNull()
    expect(read('sitemap.xml')).toContain('<loc>https://wm.example.cn/privacy/</loc>')
  })

  it('should say what 随手拍 keeps, who sees it and that contacts are erased 90 days after closing (the default setting)', () => {
    const text = page().querySelector('main')!.text
    expect(text).toContain('问题类别、描述、地点和照片')
    expect(text).toContain('称呼和电话在随手拍办结 90 天后自动删除')
    expect(text).toContain('随手拍只有本站的编辑、审核人员和管理员能看到')
    expect(text).toContain('拍摄位置（GPS）等图片信息被清除')
  })

  it('should say what 点赞 keeps: a signed browser id in a cookie and a daily-changing digest of the network, never the address', () => {
    const text = page().querySelector('main')!.text
    expect(text).toContain('浏览器标识')
    expect(text).toContain('gp_browser，一年有效')
    expect(text).toContain('密钥每天更换，无法还原出地址')
    expect(text).toContain('公开的只有每位人选的点赞总数')
  })

  it('should say that 异议 and its contacts are staff-only and the contacts are erased after closing', () => {
    const text = page().querySelector('main')!.text
    expect(text).toContain('异议和联系方式只有本站的编辑、审核人员和管理员能看到，不公开')
    expect(text).toContain('称呼和电话在异议办结 90 天后自动删除')
    expect(text).toContain('计数只保存网络地址的加密摘要')
  })

  it('should be linked from the 随手拍 form, the 点赞 button and the 异议 form', () => {
    expect(html('report/index.html').querySelector('main a[href="/privacy/#report"]')?.text).toBe('隐私说明')
    const notice = html('good-people/q3-yang-guifang/index.html').querySelector('section.endorse')
    expect(notice?.querySelector('a[href="/privacy/#endorse"]')?.text).toBe('隐私说明')
    // The 异议 form has its own page during the 公示 (a server-filled form page).
    const objection = html('good-people/q3-yang-guifang/objection/index.html').querySelector('main')
    expect(objection?.querySelector('a[href="/privacy/#objection"]')?.text).toBe('隐私说明')
  })
})
