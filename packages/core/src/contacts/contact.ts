/** An entry in an account's address book. */
export interface Contact {
  /** E.164. */
  readonly phone: string;
  readonly name: string;
  readonly createdAt: number;
}

/** A contact with the account that number has on Parley, if any. */
export interface ContactView extends Contact {
  readonly accountId: string | null;
}

export interface LookupResult {
  /** The number as the client sent it. */
  readonly input: string;
  /** E.164, or null when the input is not a valid number. */
  readonly phone: string | null;
  readonly accountId: string | null;
}
