export * from './case-powers.js';
export * from './referral-powers.js';
export * from './print-purposes.js';
export * from './judicial-confirmation.js';
export * from './chinese-id.js';
export * from './chinese-money.js';
