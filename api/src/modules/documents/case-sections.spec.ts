// Loaded first on purpose: case-sections.ts → template-overrides.ts → template-samples.ts used to
// import DATE_LINE back from case-sections.ts, which threw a TDZ ReferenceError in this order.
import { DATE_LINE } from './case-sections.js';
import { TEMPLATE_SAMPLES } from './template-samples.js';

describe('case-sections loaded before the template samples', () => {
  it('loads and gives the samples the same blank date line', () => {
    expect(DATE_LINE.trim()).toBe('年    月    日');
    expect(TEMPLATE_SAMPLES['application']!.data['dateLine']).toBe(DATE_LINE);
  });
});
