/** Time and identity come from ports so the core stays deterministic under test. */
export interface Clock {
  now(): number;
}

export interface IdGenerator {
  /** A new unguessable id, URL-safe. */
  next(): string;
}

/** Hashing and secrets are I/O-free but platform-specific; the composition root supplies them. */
export interface Secrets {
  /** Cryptographically random digits, e.g. for one-time codes. */
  randomDigits(length: number): string;
  /** A random URL-safe token of about `bytes` bytes of entropy. */
  randomToken(bytes: number): string;
  /** A one-way hash for storing tokens and codes (sha256, hex). */
  hash(value: string): string;
}
