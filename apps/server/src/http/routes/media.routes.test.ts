import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const KB = 1024;
const MB = 1024 * KB;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let signUps = 0;

/** Signs up through the real code flow, reading the code from the development outbox. */
async function signUp(baseUrl: string): Promise<string> {
  // 555-0100 to 555-0199 are reserved for fiction; each server here is fresh, so a counter suffices.
  const phone = `+1201555${String(100 + signUps++).padStart(4, '0')}`;
  const post = (path: string, body: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const requested = await post('/v1/auth/code', { phone });
  assert.equal(requested.status, 200, await requested.clone().text());
  const { phone: e164 } = (await requested.json()) as { phone: string };
  const outbox = await fetch(`${baseUrl}/v1/dev/outbox?phone=${encodeURIComponent(e164)}`);
  const { messages } = (await outbox.json()) as { messages: { code: string }[] };
  const verified = await post('/v1/auth/verify', { phone: e164, code: messages[0]?.code });
  assert.equal(verified.status, 200, await verified.clone().text());
  return ((await verified.json()) as { token: string }).token;
}

/** A body of `size` zero bytes, produced as it is sent rather than held in memory. */
function zeros(size: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(MB);
  let left = size;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const next = chunk.subarray(0, Math.min(left, chunk.length));
      left -= next.length;
      controller.enqueue(next);
    },
  });
}

/** Noise does not compress, so images reach a chosen size with few pixels. */
const noise = (width: number, height: number) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  });

describe('media routes', () => {
  let server: TestServer;
  let token: string;
  let png: Buffer;
  let jpeg: Buffer;

  const auth = () => ({ authorization: `Bearer ${token}` });
  const upload = (body: Uint8Array, type: string | undefined, query = '') =>
    fetch(`${server.url}/v1/media${query}`, {
      method: 'POST',
      headers: { ...auth(), ...(type === undefined ? {} : { 'content-type': type }) },
      body: new Uint8Array(body),
    });
  async function uploaded(body: Buffer, type: string, query = '') {
    const response = await upload(body, type, query);
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as Record<string, unknown> & { id: string; sha256: string };
  }
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers: { ...auth(), ...headers } });
  async function errorCode(response: Response): Promise<string> {
    return ((await response.json()) as { error: { code: string } }).error.code;
  }

  before(async () => {
    server = await startTestServer();
    token = await signUp(server.url);
    png = await noise(1000, 600).png().toBuffer();
    jpeg = await noise(600, 900).jpeg({ quality: 90 }).toBuffer();
  });
  after(() => server?.close());

  it('stores a PNG with its size, hash, dimensions and a smaller JPEG thumbnail', async () => {
    const media = await uploaded(png, 'image/png', '?filename=beach.png');
    assert.equal(media.kind, 'image');
    assert.equal(media.mimeType, 'image/png');
    assert.equal(media.size, png.length);
    assert.equal(media.sha256, sha256(png));
    assert.equal(media.filename, 'beach.png');
    assert.equal(media.width, 1000);
    assert.equal(media.height, 600);
    assert.equal(media.hasThumbnail, true);

    const thumbnail = await get(`/v1/media/${media.id}/thumbnail`);
    assert.equal(thumbnail.status, 200);
    assert.equal(thumbnail.headers.get('content-type'), 'image/jpeg');
    const bytes = Buffer.from(await thumbnail.arrayBuffer());
    assert.ok(bytes.length < png.length);
    const meta = await sharp(bytes).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 320, 192]);

    const info = await get(`/v1/media/${media.id}/info`);
    assert.deepEqual(await info.json(), media);
  });

  it('serves the bytes with type, length, ETag and range support', async () => {
    const media = await uploaded(jpeg, 'image/jpeg');
    assert.equal(media.width, 600);
    assert.equal(media.height, 900);
    const response = await get(`/v1/media/${media.id}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/jpeg');
    assert.equal(response.headers.get('content-length'), String(jpeg.length));
    assert.equal(response.headers.get('etag'), `"${sha256(jpeg)}"`);
    assert.equal(response.headers.get('accept-ranges'), 'bytes');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(jpeg));

    const notModified = await get(`/v1/media/${media.id}`, { 'if-none-match': `"${sha256(jpeg)}"` });
    assert.equal(notModified.status, 304);
    const head = await fetch(`${server.url}/v1/media/${media.id}`, { method: 'HEAD', headers: auth() });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(jpeg.length));
  });

  it('answers single byte ranges with 206 and exact bytes', async () => {
    const { id } = await uploaded(jpeg, 'image/jpeg');
    const size = jpeg.length;
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=100-100', 100, 100],
      ['bytes=1000-', 1000, size - 1],
      ['bytes=-500', size - 500, size - 1],
      [`bytes=${size - 10}-${size + 1000}`, size - 10, size - 1],
      [`bytes=-${size + 5}`, 0, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const response = await get(`/v1/media/${id}`, { range });
      assert.equal(response.status, 206, range);
      assert.equal(response.headers.get('content-range'), `bytes ${start}-${end}/${size}`, range);
      assert.equal(response.headers.get('content-length'), String(end - start + 1), range);
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(jpeg.subarray(start, end + 1)), range);
    }

    for (const range of [`bytes=${size}-`, 'bytes=-0']) {
      const response = await get(`/v1/media/${id}`, { range });
      assert.equal(response.status, 416, range);
      assert.equal(response.headers.get('content-range'), `bytes */${size}`);
      await response.body?.cancel();
    }

    const several = await get(`/v1/media/${id}`, { range: 'bytes=0-1,5-6' });
    assert.equal(several.status, 200);
    assert.equal((await several.arrayBuffer()).byteLength, size);
    const stale = await get(`/v1/media/${id}`, { range: 'bytes=0-9', 'if-range': '"something-else"' });
    assert.equal(stale.status, 200);
    await stale.body?.cancel();
  });

  it('stores the same bytes once, however often they are uploaded', async () => {
    const bytes = await noise(300, 200).png().toBuffer();
    const first = await uploaded(bytes, 'image/png');
    const second = await uploaded(bytes, 'image/png');
    assert.notEqual(first.id, second.id);
    assert.equal(first.sha256, second.sha256);
    const blobs = (readdirSync(join(server.dataDir, 'media'), { recursive: true }) as string[]).map((path) =>
      path.split(/[/\\]/).pop(),
    );
    assert.equal(blobs.filter((name) => name === first.sha256).length, 1);
    assert.deepEqual(
      readdirSync(join(server.dataDir, 'media', first.sha256.slice(0, 2), first.sha256.slice(2, 4))),
      [first.sha256],
    );
  });

  it('refuses content that does not match its declared type', async () => {
    const response = await upload(jpeg, 'image/png');
    assert.equal(response.status, 415);
    assert.equal(await errorCode(response), 'unsupported_media');
    const text = await upload(Buffer.from('hello'), 'image/jpeg');
    assert.equal(text.status, 415);
    const gif = await upload(Buffer.from('GIF89a...'), 'image/gif');
    assert.equal(gif.status, 415);
    const untyped = await upload(jpeg, undefined);
    assert.equal(untyped.status, 415);
  });

  it('refuses an image over 5 MB, from the declared length or the bytes', async () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(5 * MB)]);
    const declared = await upload(big, 'image/jpeg');
    assert.equal(declared.status, 413);
    const body = (await declared.json()) as { error: { code: string; details: Record<string, unknown> } };
    assert.equal(body.error.code, 'payload_too_large');
    assert.equal(body.error.details.kind, 'image');
    assert.equal(body.error.details.limit, 5 * MB);

    // Chunked: no Content-Length to refuse early, so the policy decides on the bytes.
    const chunked = await fetch(`${server.url}/v1/media`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'image/jpeg' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
    const refusal = (await chunked.json()) as { error: { code: string; details: Record<string, unknown> } };
    assert.deepEqual(refusal.error.details, { kind: 'image', limit: 5 * MB, size: big.length });
  });

  it('refuses bodies over 100 MB, declared or not', async () => {
    const declared = await fetch(`${server.url}/v1/media`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/pdf', 'content-length': String(100 * MB + 1) },
      body: zeros(100 * MB + 1),
      duplex: 'half',
    } as RequestInit);
    assert.equal(declared.status, 413);
    assert.equal(await errorCode(declared), 'payload_too_large');
    const chunked = await fetch(`${server.url}/v1/media`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/pdf' },
      body: zeros(100 * MB + 1),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
    assert.equal(await errorCode(chunked), 'payload_too_large');
  });

  it('holds stickers to 100 KB static and 500 KB animated', async () => {
    const small = await uploaded(await noise(64, 64).webp().toBuffer(), 'image/webp');
    assert.equal(small.kind, 'sticker');
    assert.equal(small.hasThumbnail, false);
    assert.equal(small.width, 64);

    const frames = await Promise.all([0, 1].map(() => noise(240, 240).png().toBuffer()));
    const animated = await sharp(frames, { join: { animated: true } })
      .webp({ lossless: true })
      .toBuffer();
    const still = await noise(240, 240).webp({ lossless: true }).toBuffer();
    assert.ok(
      animated.length > 100 * KB && animated.length <= 500 * KB,
      `animated is ${animated.length} bytes`,
    );
    assert.ok(still.length > 100 * KB && still.length <= 500 * KB, `still is ${still.length} bytes`);
    assert.equal((await uploaded(animated, 'image/webp')).kind, 'sticker');
    const refused = await upload(still, 'image/webp');
    assert.equal(refused.status, 413);
    assert.equal(await errorCode(refused), 'payload_too_large');
  });

  it('stores a PDF document with its name, without a thumbnail', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const media = await uploaded(pdf, 'application/pdf', `?filename=${encodeURIComponent('Счёт "1".pdf')}`);
    assert.equal(media.kind, 'document');
    assert.equal(media.hasThumbnail, false);
    assert.equal(media.width, null);
    const response = await get(`/v1/media/${media.id}`);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /filename\*=UTF-8''%D0%A1%D1%87%D1%91%D1%82/,
    );
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(pdf));
    const thumbnail = await get(`/v1/media/${media.id}/thumbnail`);
    assert.equal(thumbnail.status, 404);
    await thumbnail.body?.cancel();
  });

  it('accepts plain text but not binary passed off as text', async () => {
    const media = await uploaded(Buffer.from('Meeting at 10.\n'), 'text/plain; charset=utf-8');
    assert.equal(media.mimeType, 'text/plain');
    const binary = await upload(Buffer.from([0x01, 0x00, 0x02, 0x03]), 'text/plain');
    assert.equal(binary.status, 415);
    await binary.body?.cancel();
  });

  it('needs a token to upload or download', async () => {
    const { id } = await uploaded(jpeg, 'image/jpeg');
    for (const path of [`/v1/media/${id}`, `/v1/media/${id}/thumbnail`, `/v1/media/${id}/info`]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 401, path);
      assert.equal(await errorCode(response), 'unauthenticated');
    }
    const anonymous = await fetch(`${server.url}/v1/media`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg' },
      body: new Uint8Array(jpeg),
    });
    assert.equal(anonymous.status, 401);
    await anonymous.body?.cancel();
  });

  it('lets any account download by id, and knows no unknown id', async () => {
    const { id } = await uploaded(jpeg, 'image/jpeg');
    const other = await signUp(server.url);
    const response = await fetch(`${server.url}/v1/media/${id}`, {
      headers: { authorization: `Bearer ${other}` },
    });
    assert.equal(response.status, 200);
    await response.body?.cancel();
    for (const path of ['/v1/media/AAAAAAAAAAAAAAAAAAAAAA', '/v1/media/AAAAAAAAAAAAAAAAAAAAAA/info']) {
      const unknown = await get(path);
      assert.equal(unknown.status, 404, path);
      assert.equal(await errorCode(unknown), 'not_found');
    }
    assert.deepEqual(await server.parley.media.missing([id, 'nope']), ['nope']);
  });
});
