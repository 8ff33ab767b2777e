import type { UploadField } from 'payload'
import { VIDEO_MIME } from '../domain/video.ts'
import { slugs } from '../slugs.ts'
import { label } from './label.ts'

/** The `video` field of TV episodes and video ads: an MP4 from the media library, published only with captions. */
export const videoUpload = (): UploadField => ({
  name: 'video',
  type: 'upload',
  relationTo: slugs.media,
  label: label('视频文件', 'Video file'),
  filterOptions: () => ({ mimeType: { equals: VIDEO_MIME } }),
  admin: {
    description: label(
      'MP4（H.264 视频、AAC 音频），在媒体库上传；发布前须在该视频的“字幕”中上传 WebVTT 字幕。',
      'MP4 (H.264 video, AAC audio) from the media library; its “Captions” (WebVTT) are required before publishing.',
    ),
  },
})
