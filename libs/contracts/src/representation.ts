/**
 * Who acts for a party (docs/domain.md §10.1 Person/Party): the guardian (监护人, 法定代理人) of a minor
 * or of a person without full capacity, and an agent (委托代理人) under a power of attorney
 * (授权委托书, form 4) whose scope is general (一般授权: takes part, states views) or special
 * (特别授权: may also agree, settle and sign for the party).
 */
export const AGENT_SCOPES = ['general', 'special'] as const;
export type AgentScope = (typeof AGENT_SCOPES)[number];

export const AGENT_SCOPE_LABELS: Record<AgentScope, string> = {
  general: '一般授权',
  special: '特别授权',
};

/** 民法典 Art 17: a natural person under eighteen is a minor. */
export const AGE_OF_MAJORITY = 18;

/** Whether someone born on `birthDate` (YYYY-MM-DD) is still a minor on `day` (YYYY-MM-DD). */
export function isMinorOn(birthDate: string, day: string): boolean {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const adult = `${String(y + AGE_OF_MAJORITY).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return day < adult;
}
