'use client'
/**
 * On a round's edit view: upload an evaluator's .xlsx/.csv, preview every row's problems, confirm
 * the import (all or nothing), and download the ranking. Talks to the round's REST endpoints.
 */
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import type React from 'react'
import { useState } from 'react'
import { type PreviewAnswer, ScorePreview } from './ScorePreview.tsx'

type Answer = { ok: boolean; message: string; changed?: boolean; preview?: PreviewAnswer }
type Status = { busy: boolean; text: string; tone?: 'error' | 'success' }

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, margin: '16px 0' }
const tones = { error: 'var(--theme-error-500)', success: 'var(--theme-success-500)' }

/** POST the file with upload progress (fetch cannot report it); resolves with the JSON answer whatever the status. */
function send(url: string, file: File, onProgress: (text: string) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    const form = new FormData()
    form.append('file', file)
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(`正在上传 ${Math.round((event.loaded / event.total) * 100)}%（Uploading）…`)
    }
    xhr.upload.onload = () => onProgress('已上传，正在读取和校验表格（Checking）…')
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Answer)
      } catch {
        resolve({ ok: false, message: `服务器返回了无法识别的内容（HTTP ${xhr.status}）` })
      }
    }
    xhr.onerror = () => resolve({ ok: false, message: '网络错误，上传失败（Network error）' })
    xhr.send(form)
  })
}

export function ScoreImport(): React.ReactElement {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [file, setFile] = useState<File | null>(null)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [status, setStatus] = useState<Status>({ busy: false, text: '' })

  if (!id) return <div style={box}>保存测评后即可导入分数、导出排名（Save the round first to import scores）。</div>
  const base = `${config.serverURL ?? ''}${config.routes.api}/evaluation-rounds/${id}`

  const run = async (mode: 'preview' | 'commit') => {
    if (!file) return
    setStatus({ busy: true, text: '正在上传（Uploading）…' })
    const result = await send(`${base}/import/${mode}`, file, (text) => setStatus({ busy: true, text }))
    if (result.preview || mode === 'preview') setAnswer(result)
    const tone = result.ok ? 'success' : 'error'
    if (mode === 'commit' && result.ok && result.changed) {
      setStatus({ busy: true, tone, text: `${result.message}。页面即将重新加载以显示新分数和排名（Reloading）…` })
      setTimeout(() => window.location.reload(), 1500)
      return
    }
    setStatus({ busy: false, tone, text: result.message })
  }

  const canCommit = Boolean(file && answer?.ok && answer.preview && !status.busy && !modified)
  return (
    <section style={box} aria-labelledby="score-import-title">
      <h3 id="score-import-title" style={{ marginTop: 0 }}>
        导入分数 / 导出排名（Import scores / export ranking）
      </h3>
      <p>
        上传测评方的 Excel（.xlsx）或 CSV
        文件：每行一个单位（名称或代码），每列一个指标，首行为中文表头。先预览，确认无误后再导入；导入会替换本轮全部分数，保存为草稿并保留历史版本。
      </p>
      <input
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label="选择成绩文件（Choose a score file）"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null)
          setAnswer(null)
          setStatus({ busy: false, text: '' })
        }}
      />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 8 }}>
        <Button buttonStyle="secondary" size="small" disabled={!file || status.busy} onClick={() => void run('preview')}>
          预览（Preview）
        </Button>
        <Button buttonStyle="primary" size="small" disabled={!canCommit} onClick={() => void run('commit')}>
          确认导入（Import）
        </Button>
        <a href={`${base}/export.xlsx`} download>
          导出 Excel（.xlsx）
        </a>
        <a href={`${base}/export.csv`} download>
          导出 CSV
        </a>
      </div>
      {modified ? <p>表单有未保存的修改：请先保存或放弃修改，再确认导入（Save or discard your edits first）。</p> : null}
      <p role="status" aria-live="polite" style={{ color: status.tone ? tones[status.tone] : undefined, whiteSpace: 'pre-line' }}>
        {status.text}
      </p>
      {answer?.preview ? <ScorePreview preview={answer.preview} /> : null}
    </section>
  )
}
