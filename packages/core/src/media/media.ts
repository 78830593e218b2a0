/** What the network carries as a file. Each kind has its own types and size limit. */
export type MediaKind = 'image' | 'video' | 'audio' | 'document' | 'sticker';

export interface MediaRecord {
  /** Random and unguessable: holding the id is what lets an account download the file. */
  readonly id: string;
  readonly ownerAccountId: string;
  /** Hex sha256 of the bytes; also the blob's address in storage. */
  readonly sha256: string;
  readonly mimeType: string;
  readonly kind: MediaKind;
  readonly size: number;
  readonly filename: string | null;
  readonly width: number | null;
  readonly height: number | null;
  /** Hex sha256 of a small JPEG preview, stored content-addressed like the file itself. */
  readonly thumbnailSha256: string | null;
  readonly createdAt: number;
}

export interface ImageInfo {
  readonly width: number;
  readonly height: number;
  readonly animated: boolean;
}
