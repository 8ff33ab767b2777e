/**
 * Zip-bomb guard for .xlsx uploads: reads the zip's central directory with yauzl BEFORE any
 * spreadsheet library inflates it, then inflates each entry once through yauzl (which refuses
 * entries that inflate beyond their declared size), so a header that lies is caught as well.
 */
import yauzl from 'yauzl'
import { ScoreImportError } from './errors.ts'

export const ZIP_LIMITS = {
  /** Total uncompressed size of all entries. */
  maxTotalBytes: 50 * 1024 * 1024,
  /** Uncompressed / compressed size of one entry (checked for entries above `ratioFloorBytes`). */
  maxRatio: 200,
  maxEntries: 2000,
  /** A small entry cannot be a bomb; a tiny XML part often compresses more than 200:1. */
  ratioFloorBytes: 1024 * 1024,
}

const NOT_A_ZIP = '文件不是有效的 Excel（.xlsx）文件：压缩结构已损坏或不完整 / Not a valid .xlsx file: the zip structure is broken'
const bomb = (why: string, en: string) => new ScoreImportError(`疑似压缩炸弹，已拒绝：${why} / Rejected as a possible zip bomb: ${en}`)

type Limits = typeof ZIP_LIMITS

async function listEntries(zip: yauzl.ZipFile, limits: Limits): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = []
  let total = 0
  for await (const entry of zip.eachEntry()) {
    entries.push(entry)
    total += entry.uncompressedSize
    if (entries.length > limits.maxEntries) throw bomb(`压缩包内文件超过 ${limits.maxEntries} 个`, `more than ${limits.maxEntries} entries`)
    if (total > limits.maxTotalBytes) {
      const mb = limits.maxTotalBytes / 1024 / 1024
      throw bomb(`解压后超过 ${mb} MB`, `expands to more than ${mb} MB`)
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw bomb(`“${entry.fileName}”的压缩比超过 ${limits.maxRatio} 倍`, `"${entry.fileName}" compresses more than ${limits.maxRatio}:1`)
    }
    if (entry.isEncrypted())
      throw new ScoreImportError('Excel 文件已加密，请取消密码后再导入 / The .xlsx is encrypted; remove the password')
  }
  return entries
}

/** Inflates one entry and throws away the bytes; yauzl errors when it yields more than declared. */
async function drain(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<void> {
  if (entry.fileName.endsWith('/')) return
  const stream = await zip.openReadStreamPromise(entry)
  for await (const _chunk of stream) {
    // counting is yauzl's job (validateEntrySizes)
  }
}

/** Resolves when the buffer is a zip within the limits; throws ScoreImportError otherwise. */
export async function checkZip(buffer: Buffer, limits: Limits = ZIP_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false })
  } catch {
    throw new ScoreImportError(NOT_A_ZIP)
  }
  try {
    const entries = await listEntries(zip, limits)
    for (const entry of entries) await drain(zip, entry)
  } catch (error) {
    if (error instanceof ScoreImportError) throw error
    const why =
      error instanceof Error && /too many bytes/.test(error.message)
        ? bomb('实际解压大小超过声明大小', 'an entry inflates beyond its declared size')
        : null
    throw why ?? new ScoreImportError(NOT_A_ZIP)
  } finally {
    zip.close()
  }
}
