import type { Freshness } from '../../domain/dashboard.ts'

/** Each public section's last published update against its threshold; stale ones in red with words, not colour only. */
const cell = { padding: '0.35rem 1.5rem 0.35rem 0', textAlign: 'left' as const, borderBottom: '1px solid var(--theme-elevation-100)' }
const ago = (days: number): string => (days <= 0 ? '今天' : days === 1 ? '昨天' : `${days} 天前`)

export function SectionList({ sections }: { sections: Freshness[] }) {
  return (
    <section aria-labelledby="wb-sections" style={{ marginTop: '2rem' }}>
      <h2 id="wb-sections">栏目更新情况</h2>
      <table style={{ borderCollapse: 'collapse', marginTop: '0.5rem' }}>
        <caption style={{ textAlign: 'left', paddingBottom: '0.5rem' }}>
          超过期限未更新的栏目标为“需更新”（期限可在“工作台设置”中修改）
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              栏目
            </th>
            <th scope="col" style={cell}>
              最近更新
            </th>
            <th scope="col" style={cell}>
              期限
            </th>
            <th scope="col" style={cell}>
              状态
            </th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => (
            <tr
              key={s.section}
              data-section={s.section}
              data-stale={s.stale ? 'true' : 'false'}
              style={s.stale ? { color: '#b42318' } : undefined}
            >
              <th scope="row" style={cell}>
                <a href={`/admin/collections/${s.section}`}>{s.label}</a>
              </th>
              <td style={cell}>{s.lastUpdate ? <time dateTime={s.lastUpdate}>{ago(s.days ?? 0)}</time> : '从未发布'}</td>
              <td style={cell}>{s.threshold} 天</td>
              <td style={cell}>{s.stale ? <strong>需更新</strong> : '正常'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
