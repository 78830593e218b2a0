import type { TemplateCreateInput, TemplatesService } from '@parley/core';

/**
 * Meta's getting-started sends the sample template `hello_world` that every new WABA holds, so the
 * sandbox's WABA holds it too (the body names Parley instead of Meta).
 */
export const HELLO_WORLD: TemplateCreateInput = {
  name: 'hello_world',
  language: 'en_US',
  category: 'UTILITY',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Hello World' },
    {
      type: 'BODY',
      text:
        'Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp ' +
        'message notification from the Cloud API, hosted by Parley. Thank you for taking the time ' +
        'to test with us.',
    },
    { type: 'FOOTER', text: 'WhatsApp Business Platform sample message' },
  ],
};

/** Creates `hello_world` in the WABA unless it is there, and approves it if review left it pending. */
export function sampleTemplate(templates: Pick<TemplatesService, 'list' | 'create' | 'decide'>) {
  return async (wabaId: string): Promise<boolean> => {
    const filters = { name: HELLO_WORLD.name, language: [HELLO_WORLD.language] };
    let template = (await templates.list(wabaId, filters, { limit: 1 })).data[0];
    const created = template === undefined;
    template ??= await templates.create(wabaId, HELLO_WORLD);
    if (template.status === 'PENDING') await templates.decide(wabaId, template.id, { action: 'approve' });
    return created;
  };
}
