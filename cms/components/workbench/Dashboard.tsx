import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { isRole, ROLE_LABELS } from '../../domain/roles.ts'
import { type Summary, workbenchSummary } from '../../endpoints/workbenchSummary.ts'
import { AuditExport } from './AuditExport.tsx'
import { QuizMisses } from './QuizMisses.tsx'
import { SectionList } from './SectionList.tsx'

const TONE = { danger: '#b42318', warn: '#b54708' } as const
const SITE_STATE: Record<string, string> = { idle: '正常', building: '正在构建', retrying: '失败，将自动重试', failed: '上次构建失败' }

function Items({ title, items, empty, showComment }: { title: string; items: Summary['queue']; empty: string; showComment?: boolean }) {
  return (
    <section aria-labelledby={`wb-${title}`} className="workbench__list" style={{ marginTop: '2rem' }}>
      <h2 id={`wb-${title}`}>{title}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.title}</a>（{item.section}，
              {title.includes('期限') ? `期限 ${item.since.slice(0, 10)}` : `已等待 ${item.waiting}`}）
              {showComment && item.comment ? <div>审核意见：{item.comment}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** 工作台: replaces Payload's dashboard; every number is a link to the filtered list it counts. */
export async function Dashboard(props: AdminViewServerProps) {
  const req = props.initPageResult.req
  if (!req.user) return null
  const summary = await workbenchSummary(req)
  const role = isRole(summary.role) ? ROLE_LABELS[summary.role].zh : summary.role
  return (
    <Gutter className="workbench">
      <h1>工作台</h1>
      <p>
        {role}：{(req.user as { name?: string; email?: string }).name ?? req.user.email}
      </p>
      <section aria-labelledby="wb-counts" style={{ marginTop: '1.5rem' }}>
        <h2 id="wb-counts">待办</h2>
        <ul className="workbench__counts" style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', listStyle: 'none', padding: 0 }}>
          {summary.counts.map((c) => (
            <li
              key={c.key}
              data-key={c.key}
              style={{ border: '1px solid var(--theme-elevation-150)', padding: '0.75rem 1rem', minWidth: '10rem' }}
            >
              <a href={c.href} style={{ color: c.count > 0 && c.tone ? TONE[c.tone] : undefined, textDecoration: 'none' }}>
                <strong style={{ fontSize: '1.75rem', display: 'block' }}>{c.count}</strong>
                {c.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {summary.role === 'admin' || summary.role === 'reviewer' ? (
        <Items title="审核队列（最早提交的在前）" items={summary.queue} empty="没有等待审核的内容。" />
      ) : null}
      {summary.role === 'editor' ? <Items title="被退回的内容" items={summary.returned} empty="没有被退回的内容。" showComment /> : null}
      {summary.role === 'unitLiaison' ? (
        <Items title="本单位未整改事项（按期限）" items={summary.unitItems} empty="本单位没有未整改的曝光事项。" />
      ) : null}
      {summary.surveys && summary.surveys.length > 0 ? (
        <section aria-labelledby="wb-surveys" style={{ marginTop: '2rem' }}>
          <h2 id="wb-surveys">进行中的问卷</h2>
          <ul>
            {summary.surveys.map((survey) => (
              <li key={survey.href} data-survey-responses={survey.responses}>
                <a href={survey.href}>{survey.title}</a>：已收到 {survey.responses} 份答卷，截止{' '}
                {new Date(survey.closesAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Items title="已超期未答复的市民留言（按答复期限）" items={summary.messagesOverdue} empty="没有超期未答复的留言。" />
      <SectionList sections={summary.sections} />
      <QuizMisses req={req} />
      {summary.site ? (
        <section aria-labelledby="wb-site" style={{ marginTop: '2rem' }}>
          <h2 id="wb-site">网站发布状态</h2>
          <p>
            {SITE_STATE[summary.site.state] ?? summary.site.state}
            {summary.site.pending ? '，有等待上线的修改' : ''}
            {summary.site.lastSuccessAt
              ? `；上次成功发布：${new Date(summary.site.lastSuccessAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}`
              : ''}
            （<a href="/admin/globals/site-status">详情</a>）
          </p>
        </section>
      ) : null}
      {summary.role === 'admin' ? <AuditExport /> : null}
      <p>
        <a href="/admin/collections/bulletins">全部内容</a> · <a href="/admin/collections/exposures">曝光台</a>
      </p>
    </Gutter>
  )
}
