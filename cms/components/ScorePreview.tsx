'use client'
/** The import preview: counts, file-level messages and one table row per spreadsheet row with its problems. */
import type React from 'react'
import { useState } from 'react'
import type { ImportPreview, Problem } from '../domain/scoreImport.ts'

export type PreviewAnswer = Omit<ImportPreview, 'scores'>

const SHOWN_ROWS = 300
const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '4px 8px', textAlign: 'left' }
const bad: React.CSSProperties = { color: 'var(--theme-error-500)' }
const good: React.CSSProperties = { color: 'var(--theme-success-500)' }

function ProblemList({ problems }: { problems: Problem[] }): React.ReactElement | null {
  if (problems.length === 0) return null
  return (
    <ul style={{ margin: '8px 0', paddingLeft: 20 }}>
      {problems.map((problem) => (
        <li key={problem.message} style={problem.level === 'error' ? bad : undefined}>
          {problem.level === 'error' ? '✖ ' : 'ℹ '}
          {problem.message}
        </li>
      ))}
    </ul>
  )
}

export function ScorePreview({ preview }: { preview: PreviewAnswer }): React.ReactElement {
  const { summary, indicators } = preview
  const [onlyProblems, setOnlyProblems] = useState(summary.errors > 0)
  const rows = onlyProblems ? preview.rows.filter((row) => row.problems.length > 0) : preview.rows
  return (
    <div>
      <p>
        <strong>
          共 {summary.rows} 行，匹配 {summary.matched} 个单位，错误 {summary.errors} 处
        </strong>
        {summary.skipped > 0 ? `，跳过空行 ${summary.skipped} 个` : ''}
        {summary.notApplicable > 0 ? `，不涉及 ${summary.notApplicable} 项（不计分，总分按适用指标折算）` : ''}（{summary.rows} rows,{' '}
        {summary.matched} matched, {summary.errors} errors）
      </p>
      <ProblemList problems={preview.problems} />
      <label style={{ display: 'block', margin: '8px 0' }}>
        <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} /> 只看有问题的行（Only
        rows with problems）
      </label>
      <div style={{ maxHeight: 420, overflow: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
          <caption style={{ textAlign: 'left', padding: '4px 0' }}>导入预览（Import preview）</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                行
              </th>
              <th scope="col" style={cell}>
                单位
              </th>
              {indicators.map((ind) => (
                <th scope="col" style={cell} key={ind.key}>
                  {ind.name}
                </th>
              ))}
              <th scope="col" style={cell}>
                状态 / 问题
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.line}>
                <th scope="row" style={cell}>
                  {row.line}
                </th>
                <td style={cell}>
                  {row.unit ? row.unit.name : <span style={bad}>{row.label || '（空）'}</span>}
                  {row.unit && row.label !== row.unit.name ? <small>（{row.label}）</small> : null}
                </td>
                {indicators.map((ind) => (
                  <td style={cell} key={ind.key}>
                    {row.notApplicable?.includes(ind.key) ? '不涉及' : (row.scores[ind.key] ?? '—')}
                  </td>
                ))}
                <td style={cell}>
                  {row.problems.every((p) => p.level !== 'error') ? <span style={good}>✔ 可导入</span> : null}
                  {row.problems.map((p) => (
                    <div key={p.message} style={p.level === 'error' ? bad : undefined}>
                      {p.message}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS ? (
        <p>
          仅显示前 {SHOWN_ROWS} 行，共 {rows.length} 行（first {SHOWN_ROWS} rows shown）
        </p>
      ) : null}
    </div>
  )
}
