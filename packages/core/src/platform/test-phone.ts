/**
 * A personal account the sandbox made for trying a business number out. It signs in to the web
 * messenger through a login link instead of a code: only the link's hash is kept.
 */
export interface TestPhone {
  readonly accountId: string;
  readonly portfolioId: string;
  /** "Test Phone 1"…; the sandbox finds its phones again by these names. */
  readonly name: string;
  /** E.164. */
  readonly phone: string;
  readonly loginTokenHash: string;
  readonly createdAt: number;
}

export interface TestPhoneRepository {
  /** The portfolio's test phones, oldest first. */
  list(portfolioId: string): Promise<TestPhone[]>;
  create(testPhone: TestPhone): Promise<void>;
  /** Replaces the phone's login link; the previous one stops working. */
  setLoginTokenHash(accountId: string, loginTokenHash: string): Promise<void>;
  findByLoginTokenHash(loginTokenHash: string): Promise<TestPhone | undefined>;
}
