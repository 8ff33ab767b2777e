import type { Freshness } from '../../domain/dashboard.ts'

/** Each public section's last published update against its threshold; stale ones in red with words, not colour only. */
export function SectionList({ sections }: { sections: Freshness[] }) {
  return (
    <section aria-labelledby="wb-sections">
      <h2 id="wb-sections">栏目更新情况</h2>
      <table>
        <caption>超过期限未更新的栏目标为“需更新”（期限可在“工作台设置”中修改）</caption>
        <thead>
          <tr>
            <th scope="col">栏目</th>
            <th scope="col">最近更新</th>
            <th scope="col">期限</th>
            <th scope="col">状态</th>
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
              <th scope="row">
                <a href={`/admin/collections/${s.section}`}>{s.label}</a>
              </th>
              <td>{s.lastUpdate ? <time dateTime={s.lastUpdate}>{s.days} 天前</time> : '从未发布'}</td>
              <td>{s.threshold} 天</td>
              <td>{s.stale ? '需更新' : '正常'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
