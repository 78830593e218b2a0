/** How a quick reply's file is sent and shown: a photo, a video, or else a document. */
export function replyMediaKind(kind: string | undefined): 'image' | 'video' | 'document' {
  return kind === 'image' || kind === 'video' ? kind : 'document';
}
