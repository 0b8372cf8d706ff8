import { validateTemplate } from './template-overrides.js';
import { TEMPLATE_NAMES } from './template-samples.js';
import { defaultTemplateSource } from './templates.js';

describe('template samples', () => {
  it.each(TEMPLATE_NAMES)('accept the built-in %s template as an override', async (name) => {
    await expect(validateTemplate(name, defaultTemplateSource(name))).resolves.toBeUndefined();
  });

  it('names an unknown variable used inside a branch only the oral register takes', async () => {
    const source = defaultTemplateSource('agreement').replace(
      'kv 记录人|{{line recorder}}',
      'kv 记录人|{{recorder.name}}',
    );
    await expect(validateTemplate('agreement', source)).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
  });
});
