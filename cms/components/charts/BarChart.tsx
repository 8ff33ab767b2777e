/**
 * A horizontal bar chart for the admin (survey results, quiz misses): a real table — caption,
 * row headers, the count and the percentage as text — with a CSS bar in the last cell, so it reads
 * without colour or images, prints, and needs no script or external service. Server component.
 */
export type Bar = { label: string; count: number /** 0–100; computed from the total when absent */; percent?: number; note?: string }

const cell = {
  padding: '0.3rem 1rem 0.3rem 0',
  textAlign: 'left' as const,
  borderBottom: '1px solid var(--theme-elevation-100)',
  verticalAlign: 'middle' as const,
}

export const percentOf = (count: number, total: number): number => (total > 0 ? Math.round((count / total) * 1000) / 10 : 0)

export function BarChart({
  caption,
  bars,
  total,
  countLabel = '人数',
}: {
  caption: string
  bars: Bar[]
  total?: number
  countLabel?: string
}) {
  const sum = total ?? bars.reduce((n, b) => n + b.count, 0)
  return (
    <table className="bar-chart" style={{ borderCollapse: 'collapse', margin: '0.5rem 0 1.5rem', width: '100%', maxWidth: '48rem' }}>
      <caption style={{ textAlign: 'left', paddingBottom: '0.5rem', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            选项
          </th>
          <th scope="col" style={cell}>
            {countLabel}
          </th>
          <th scope="col" style={cell}>
            占比
          </th>
          <th scope="col" style={{ ...cell, width: '40%' }}>
            <span style={{ position: 'absolute', left: '-9999px' }}>图示</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => {
          const percent = bar.percent ?? percentOf(bar.count, sum)
          return (
            <tr key={bar.label} data-bar={bar.label} data-count={bar.count}>
              <th scope="row" style={cell}>
                {bar.label}
                {bar.note ? <small style={{ display: 'block', opacity: 0.75 }}>{bar.note}</small> : null}
              </th>
              <td style={cell}>{bar.count}</td>
              <td style={cell}>{percent}%</td>
              <td style={cell} aria-hidden="true">
                <div style={{ background: 'var(--theme-elevation-100)', height: '0.9rem', borderRadius: 2 }}>
                  <div
                    style={{
                      background: 'var(--theme-success-500, #2f7d4f)',
                      height: '100%',
                      width: `${Math.min(100, Math.max(0, percent))}%`,
                      borderRadius: 2,
                    }}
                  />
                </div>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
