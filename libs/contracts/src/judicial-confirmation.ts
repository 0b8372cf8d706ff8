/**
 * 司法确认 (人民调解法 Art 33; 法释〔2011〕5号) as a forward-only state machine, shared by the API,
 * which refuses any other move with 409, and the web, which offers only these.
 */
export const CONFIRMATION_STATUSES = [
  'applied',
  'accepted',
  'confirmed',
  'refused',
  'rejected_for_acceptance',
  'withdrawn',
] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];

/** Where each status may go: accepted or not accepted, then a ruling; withdrawn before a ruling. */
export const CONFIRMATION_MOVES: Readonly<Record<ConfirmationStatus, readonly ConfirmationStatus[]>> = {
  applied: ['accepted', 'rejected_for_acceptance', 'withdrawn'],
  accepted: ['confirmed', 'refused', 'withdrawn'],
  confirmed: [],
  refused: [],
  rejected_for_acceptance: [],
  withdrawn: [],
};

/** The statuses in which an application is still alive (no second one may be made). */
export const ACTIVE_CONFIRMATION_STATUSES: readonly ConfirmationStatus[] = [
  'applied',
  'accepted',
  'confirmed',
];
