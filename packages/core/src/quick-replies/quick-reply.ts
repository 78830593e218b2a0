/** A saved answer the composer offers when the business types `/` and its shortcut. */
export interface QuickReply {
  readonly id: string;
  /** Without the slash, which the app shows in front of it. */
  readonly shortcut: string;
  readonly text: string;
  /** An uploaded image, video or document sent along with the text. */
  readonly mediaId: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface QuickReplyInput {
  readonly shortcut: string;
  readonly text: string;
  readonly mediaId?: string | null;
}
