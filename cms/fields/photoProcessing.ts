import type { Field } from 'payload'
import { isStaffField } from '../access/index.ts'
import { serverOnlyField } from '../access/serverOnly.ts'
import { label } from './label.ts'

/** 照片处理中 / 已处理 / 处理失败: residents' photos are processed after the answer (cms/jobs/processPhotos.ts). */
export const PHOTO_STATUS = {
  none: { zh: '没有照片', en: 'No photos' },
  pending: { zh: '照片处理中', en: 'Photos processing' },
  done: { zh: '照片已处理', en: 'Photos processed' },
  failed: { zh: '照片处理失败', en: 'Photo processing failed' },
} as const

const serverWritten = { read: isStaffField, create: serverOnlyField, update: serverOnlyField }

/** The two fields a document with residents' photos carries; written by the server only, read by staff only. */
export const photoProcessingFields = (): Field[] => [
  {
    name: 'photoStatus',
    type: 'select',
    defaultValue: 'none',
    index: true,
    access: serverWritten,
    options: Object.entries(PHOTO_STATUS).map(([value, text]) => ({ value, label: label(text.zh, text.en) })),
    label: label('照片处理', 'Photo processing'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: label(
        '居民的照片在提交后由后台去除位置等元数据并生成各尺寸，通常几秒到一分钟内完成。',
        'Photos are stripped of location and other metadata and resized in the background after submission.',
      ),
    },
  },
  {
    name: 'photoProblem',
    type: 'text',
    access: serverWritten,
    label: label('照片处理失败原因', 'Why a photo failed'),
    admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.photoStatus === 'failed' },
  },
]
