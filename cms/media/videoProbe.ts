/**
 * What an MP4 says about itself, read with mp4box (GPAC's MP4 parser): its tracks and their codec
 * strings (avc1.64001f, mp4a.40.2…), its duration and the picture size. The file is fed in chunks
 * until the movie header has been read, so a large upload is not read into memory twice.
 */
import fs from 'node:fs'
import { createFile, type Movie, MP4BoxBuffer } from 'mp4box'
import type { VideoFacts } from '../domain/video.ts'

const CHUNK = 1024 * 1024

function factsOf(movie: Movie): VideoFacts {
  const video = movie.videoTracks[0]
  return {
    tracks: movie.tracks.map((track) => ({ type: track.type ?? 'other', codec: String(track.codec ?? '') })),
    durationSeconds: movie.timescale > 0 ? movie.duration / movie.timescale : 0,
    width: Number(video?.video?.width ?? video?.track_width ?? 0),
    height: Number(video?.video?.height ?? video?.track_height ?? 0),
  }
}

type Source = { data?: Buffer; tempFilePath?: string }

async function* chunksOf(source: Source): AsyncGenerator<Buffer> {
  if (source.data && source.data.length > 0) {
    for (let at = 0; at < source.data.length; at += CHUNK) yield source.data.subarray(at, at + CHUNK)
    return
  }
  if (source.tempFilePath) yield* fs.createReadStream(source.tempFilePath, { highWaterMark: CHUNK })
}

/** The facts of an MP4, or null when mp4box cannot find a movie in it (damaged, or not an MP4 at all). */
export async function probeVideo(source: Source): Promise<VideoFacts | null> {
  const file = createFile()
  let movie: Movie | undefined
  let failed = false
  file.onReady = (info) => {
    movie = info
  }
  file.onError = () => {
    failed = true
  }
  let offset = 0
  for await (const chunk of chunksOf(source)) {
    const copy = new Uint8Array(chunk).buffer
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, offset))
    offset += chunk.length
    if (movie || failed) break
  }
  file.flush()
  return movie && !failed ? factsOf(movie) : null
}
