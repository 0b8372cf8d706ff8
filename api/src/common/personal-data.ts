import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Field-level protection of personal data (docs/adr/0009-personal-data.md):
 * AES-256-GCM for the value, a keyed hash for exact look-up, masks for display.
 * Stored form: iv (12 bytes) | tag (16 bytes) | ciphertext.
 */
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly lookupKey: Buffer;

  constructor(dataKey: Buffer) {
    this.encryptionKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'tiaojie:encrypt', 32));
    this.lookupKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'tiaojie:lookup', 32));
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(stored: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, stored.subarray(0, 12));
    decipher.setAuthTag(stored.subarray(12, 28));
    return Buffer.concat([decipher.update(stored.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Hex HMAC of a normalised value: equal inputs give equal hashes, nothing else can be learned. */
  lookupHash(value: string): string {
    return createHmac('sha256', this.lookupKey).update(value.trim().toUpperCase()).digest('hex');
  }
}

/**
 * `330681199001011234` → `33***************4`: the province and the check character only.
 * Masked readers also see the address (so the 6-digit region can be guessed), the sex (the parity of
 * the 17th digit) and the birth year, never the birth date. Left hidden: the day of birth (365) and the
 * sequence (500 for a known sex), and the check character only removes a factor of 11: ≥ 16,000
 * numbers stay possible (docs/security.md, "Deviations and decisions"). Other documents (passports,
 * numbers of 10 characters or fewer) are masked whole.
 */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 2)}${'*'.repeat(value.length - 3)}${value.slice(-1)}`;
}

/**
 * `13800000001` → `138******01`; landlines keep their last two digits. The middle four digits of a
 * mobile are its home-location block, which a party's address narrows to a few hundred, so the mask
 * hides six digits (10⁶ numbers, ≥ 10⁴ after guessing the block).
 */
export function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}******${value.slice(-2)}`;
  return `${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`;
}

/** The year of a `YYYY-MM-DD` birth date: what a reader of masked personal data may see of it. */
export function birthYearOf(birthDate: string | null | undefined): number | undefined {
  const year = birthDate ? Number(birthDate.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
}
