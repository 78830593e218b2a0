/** A refusal from the server, with the code of its error envelope. */
export class ParleyApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ParleyApiError';
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** JSON over fetch with the device token; resolves to the parsed body (undefined for 204). */
export async function requestJson<T>(
  baseUrl: string,
  token: string | undefined,
  method: HttpMethod,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await parseResponse(response)) as T;
}

/** The parsed body of a success, or the server's refusal as a ParleyApiError. */
export async function parseResponse(response: Response): Promise<unknown> {
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  if (response.ok) return parsed;
  const error = (parsed as { error?: { code?: string; message?: string; details?: Record<string, unknown> } })
    ?.error;
  throw new ParleyApiError(
    response.status,
    error?.code ?? 'http_error',
    error?.message ?? response.statusText,
    error?.details,
  );
}
