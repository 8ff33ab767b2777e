import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'
import { anyone, isAdmin } from '../access/index.ts'
import { checkEmbedOrigins } from '../domain/embedOrigins.ts'
import { label } from '../fields/label.ts'
import { syncGlobalMediaVisibility } from '../hooks/syncGlobalMediaVisibility.ts'
import { requestPublish } from '../publishPort.ts'
import { globalSlugs, slugs } from '../slugs.ts'

/** Changing the site's identity changes every page's footer and title: ask for a full rebuild. */
const requestIdentityRebuild: GlobalAfterChangeHook = async ({ doc, req }) => {
  if (!req.context?.skipRebuild) await requestPublish(req.payload, { reason: 'site-identity', changed: [] }, req)
  return doc
}

/** A link the footer shows: absolute http(s) or a path on this site. */
const isLink = (value: unknown): boolean => typeof value === 'string' && /^(https?:\/\/|\/)[^\s<>"']*$/.test(value)
const LINK_ERROR = '网址：应以 http://、https:// 或 / 开头。 / URL must start with http://, https:// or /.'
/** An optional link: empty, or a link. */
const validateOptionalLink = (value: unknown): true | string =>
  value === null || value === undefined || value === '' || isLink(value) ? true : LINK_ERROR
const validateLink = (value: unknown): true | string => (isLink(value) ? true : LINK_ERROR)

const text = (name: string, zh: string, en: string, maxLength: number, description?: { zh: string; en: string }) => ({
  name,
  type: 'text' as const,
  label: label(zh, en),
  maxLength,
  ...(description ? { admin: { description } } : {}),
})

/**
 * 网站设置: the official identity every government website shows in its footer (State Council
 * guideline for government websites, 2017). Everything here is public by nature (the site shows
 * it), so anyone reads it; only administrators change it. Empty fields are simply not shown.
 */
export const SiteIdentity: GlobalConfig = {
  slug: globalSlugs.siteIdentity,
  label: label('网站设置', 'Site identity'),
  admin: {
    group: label('系统', 'System'),
    description: label(
      '网站名称、主办和承办单位、备案号等显示在每个页面的页脚；保存后网站自动重建。留空的项目不显示。',
      'Shown in every page footer; saving rebuilds the site. Empty fields are not shown.',
    ),
  },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [syncGlobalMediaVisibility, requestIdentityRebuild] },
  fields: [
    text('siteName', '网站名称', 'Site name', 60, label('显示在页头、页面标题和页脚。', 'Shown in the header, page titles and footer.')),
    text('sponsor', '主办单位', 'Sponsor', 80),
    text('operator', '承办单位', 'Operator', 80),
    text('phone', '联系电话', 'Phone', 40),
    { name: 'email', type: 'email', label: label('联系邮箱', 'E-mail') },
    text('address', '联系地址', 'Address', 120),
    text('siteCode', '网站标识码', 'Website ID code', 20),
    text(
      'icp',
      'ICP 备案号',
      'ICP number',
      40,
      label('链接到工业和信息化部政务服务平台 beian.miit.gov.cn。', 'Links to the MIIT registry.'),
    ),
    text(
      'psb',
      '公安机关备案号',
      'Public-security registration',
      60,
      label(
        '链接到全国互联网安全管理服务平台 beian.gov.cn（按号码中的数字查询）。',
        'Links to the public-security registry (looked up by the number’s digits).',
      ),
    ),
    {
      name: 'identityMark',
      type: 'upload',
      relationTo: slugs.media,
      label: label('党政机关网站标识', 'Party and government website mark'),
      admin: {
        description: label(
          '机构编制部门核发的“党政机关”网站标识图片；设置后显示在页脚，保存后该图片公开。',
          'The official “党政机关” website mark image; shown in the footer once set, and public once saved.',
        ),
      },
    },
    {
      ...text(
        'identityMarkUrl',
        '党政机关网站标识链接',
        'Website mark link',
        300,
        label('点击标识打开的网址（核发时给出的查询地址）。', 'Where the mark links (the lookup address issued with it).'),
      ),
      validate: validateOptionalLink,
    },
    {
      ...text(
        'errorReportUrl',
        '“我为政府网站找错”链接',
        'Report-an-error link',
        300,
        label(
          '页脚“我为政府网站找错”的网址，例如全国政府网站找错平台 https://zfwzzc.www.gov.cn/ ；留空则不显示。',
          'The footer’s “report an error on this site” link, e.g. the national page https://zfwzzc.www.gov.cn/; empty: not shown.',
        ),
      ),
      validate: validateOptionalLink,
    },
    text('wechatName', '微信公众号名称', 'WeChat account', 40),
    {
      name: 'wechatQr',
      type: 'upload',
      relationTo: slugs.media,
      label: label('微信公众号二维码', 'WeChat QR code'),
      admin: {
        description: label(
          '正方形图片；保存后该图片公开，显示在页脚。',
          'A square image; once saved it is public and shown in the footer.',
        ),
      },
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: label('页脚链接', 'Footer links'),
      maxRows: 12,
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 30, label: label('文字', 'Label') },
        {
          name: 'url',
          type: 'text',
          required: true,
          maxLength: 300,
          label: label('网址', 'URL'),
          validate: validateLink,
        },
      ],
    },
    {
      name: 'embedOrigins',
      type: 'textarea',
      maxLength: 4000,
      label: label('嵌入来源（允许嵌入本站排名和曝光台的网站）', 'Embed origins (sites allowed to frame the embeds)'),
      validate: checkEmbedOrigins,
      admin: {
        description: label(
          '每行一个网站来源，如 https://news.example.cn（不含路径），最多 20 个。只有这些网站可以用 <iframe> 嵌入 /embed/ 下的排名表和曝光台；其他页面一律不允许被嵌入。留空则谁也不能嵌入。',
          'One origin per line, e.g. https://news.example.cn (no path), at most 20. Only these sites may frame the /embed/ pages; no other page may be framed. Empty: nobody may.',
        ),
      },
    },
  ],
}
