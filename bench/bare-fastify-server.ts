import Fastify from 'fastify';

/**
 * The ceiling the Graph send path is compared with: one Fastify JSON POST route that answers
 * like the Cloud API, without auth, validation or storage.
 */
const app = Fastify({ logger: false });
app.post('/v23.0/:id/messages', async (request) => {
  const body = request.body as { to?: string };
  return {
    messaging_product: 'whatsapp',
    contacts: [{ input: body.to, wa_id: body.to }],
    messages: [{ id: 'wamid.AAAA', message_status: 'accepted' }],
  };
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.stdout.write('{"ready":true}\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
