/** 导出审核记录 (admins): a plain GET form, so the browser downloads the CSV. */
export function AuditExport() {
  const today = new Date().toISOString().slice(0, 10)
  return (
    <section aria-labelledby="wb-audit">
      <h2 id="wb-audit">导出审核记录（CSV）</h2>
      <form method="get" action="/api/audit/export.csv" style={{ display: 'flex', gap: '0.75rem', alignItems: 'end', flexWrap: 'wrap' }}>
        <label>
          开始日期 <input type="date" name="from" required defaultValue={`${today.slice(0, 8)}01`} />
        </label>
        <label>
          结束日期 <input type="date" name="to" required defaultValue={today} />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          下载 CSV
        </button>
      </form>
    </section>
  )
}
