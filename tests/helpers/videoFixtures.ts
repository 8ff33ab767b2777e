/** Real MP4 files for tests, encoded with the npm-installed ffmpeg (seed/demoVideo.ts), made once per process. */
import { encodeMp4 } from '../../seed/demoVideo.ts'

const made = new Map<string, Promise<Buffer>>()
const once = (key: string, make: () => Promise<Buffer>): Promise<Buffer> => {
  if (!made.has(key)) made.set(key, make())
  return made.get(key) as Promise<Buffer>
}

/** Two seconds of H.264/AAC at 320×180. */
export const h264Mp4 = (): Promise<Buffer> => once('h264', () => encodeMp4({ lines: ['测试视频'], seconds: 2, width: 320, height: 180 }))

/** An MP4 whose video is H.265/HEVC (AAC audio): a real MP4 the library must refuse. */
export const hevcMp4 = (): Promise<Buffer> =>
  once('hevc', () =>
    encodeMp4(
      { lines: ['HEVC'], seconds: 1, width: 320, height: 180 },
      { videoCodec: ['-c:v', 'libx265', '-tag:v', 'hvc1', '-x265-params', 'log-level=error', '-pix_fmt', 'yuv420p'] },
    ),
  )

/** A larger H.264 MP4 (noise at a high bit rate), for size caps. */
export const bigMp4 = (): Promise<Buffer> =>
  once('big', () =>
    encodeMp4(
      { lines: ['大文件'], seconds: 1, width: 640, height: 360 },
      { videoCodec: ['-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '2M', '-pix_fmt', 'yuv420p', '-vf', 'noise=alls=100:allf=t'] },
    ),
  )

export const VTT = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n测试字幕第一句\n\n00:00:01.500 --> 00:00:02.000\n第二句\n', 'utf8')
