/** Wraps text in Unicode isolates so a number or Latin name keeps its order inside Arabic sentences. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
