import type { Endpoint, GlobalConfig } from 'payload'
import { isStaff, nobody } from '../access/index.ts'
import { hasRole } from '../domain/roles.ts'
import { label } from '../fields/label.ts'
import { requestPublish } from '../publishPort.ts'
import { globalSlugs } from '../slugs.ts'

/** POST /api/globals/site-status/rebuild — admins ask for a rebuild now. */
const rebuildNow: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ message: '只有管理员可以手动重建网站。 / Admins only.' }, { status: 403 })
    await requestPublish(req.payload, { reason: `manual:${req.user?.id}`, changed: [] })
    return Response.json({ message: '已请求重建，稍后刷新本页查看状态。 / Rebuild requested.' }, { status: 202 })
  },
}

const readOnly = { readOnly: true }

/** The rebuild button is shown to administrators only (the endpoint checks again). */
const isAdminCondition = (_data: unknown, _sibling: unknown, { user }: { user?: unknown }): boolean => hasRole(user as object, 'admin')

const isRetrying = (data: { state?: string } | undefined): boolean => data?.state === 'retrying'

/** 网站发布状态: what the public site shows now, and what is waiting. Written by the site builder only. */
export const SiteStatus: GlobalConfig = {
  slug: globalSlugs.siteStatus,
  label: label('网站发布状态', 'Site status'),
  admin: {
    group: label('系统', 'System'),
    description: label('公众网站在内容发布后自动重建。', 'The public site rebuilds itself when content is published.'),
  },
  access: { read: isStaff, update: nobody },
  endpoints: [rebuildNow],
  fields: [
    {
      name: 'rebuild',
      type: 'ui',
      admin: { components: { Field: '/components/RebuildButton.tsx#RebuildButton' }, condition: isAdminCondition },
    },
    {
      name: 'state',
      type: 'select',
      label: label('状态', 'State'),
      defaultValue: 'idle',
      options: [
        { value: 'idle', label: label('正常', 'Idle') },
        { value: 'building', label: label('正在构建', 'Building') },
        {
          value: 'retrying',
          label: label('失败 — 将自动重试（线上仍为之前的版本）', 'Failed — retrying (the previous site is still live)'),
        },
        { value: 'failed', label: label('上次构建失败（线上仍为之前的版本）', 'Last build failed (the previous site is still live)') },
      ],
      admin: readOnly,
    },
    {
      name: 'retryAt',
      type: 'date',
      label: label('失败 — 将于此时重试', 'Failed — retrying at'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' }, condition: isRetrying },
    },
    {
      name: 'nextClockChangeAt',
      type: 'date',
      label: label('下次定时更新', 'Next time-driven update'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
    },
    { name: 'pending', type: 'checkbox', label: label('有等待上线的修改', 'Changes waiting'), admin: readOnly },
    {
      name: 'lastSuccessAt',
      type: 'date',
      label: label('上次成功构建', 'Last successful build'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'lastDurationMs', type: 'number', label: label('构建耗时（毫秒）', 'Duration (ms)'), admin: readOnly },
    { name: 'lastPageCount', type: 'number', label: label('页面数', 'Pages'), admin: readOnly },
    { name: 'lastError', type: 'textarea', label: label('上次错误', 'Last error'), admin: readOnly },
    {
      name: 'lastErrorAt',
      type: 'date',
      label: label('错误时间', 'Error at'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'lastLog', type: 'text', label: label('构建日志', 'Build log'), admin: readOnly },
  ],
}
