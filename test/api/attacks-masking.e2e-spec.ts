import {
  APPLICANT,
  caseInMediation,
  createUser,
  expectOk,
  mediatorId,
  RESPONDENT,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 16, the masked readers' attacks: everything a role that sees masked personal data can read
 * about a party is collected, and an attacker tries to rebuild the ID number and the phones from it.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChar = (first17: string) =>
  '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0) % 11]!;

/**
 * Which positions of `truth` the answers show: every string of its length made of its characters and
 * `*` that agrees with it counts, and what one answer hides another may show (they are combined).
 */
function shownPositions(text: string, truth: string): boolean[] {
  const shown = [...truth].map(() => false);
  const pattern = new RegExp(`(?<![0-9X*])[0-9X*]{${truth.length}}(?![0-9X*])`, 'g');
  for (const [candidate] of text.matchAll(pattern)) {
    if (![...candidate].every((c, i) => c === '*' || c === truth[i])) continue;
    [...candidate].forEach((c, i) => (shown[i] ||= c !== '*'));
  }
  return shown;
}

/** The birth dates an attacker is left with: the date itself if any answer holds it, else its year's days. */
function birthDates(text: string, truth: string, birthYear: number | undefined): string[] {
  const [y, m, d] = truth.split('-');
  const forms = [truth, `${y}${m}${d}`, `${y}年${Number(m)}月${Number(d)}日`];
  if (forms.some((form) => text.includes(form))) return [truth];
  const year = birthYear ?? Number(y);
  const days: string[] = [];
  for (
    let day = new Date(Date.UTC(year, 0, 1));
    day.getUTCFullYear() === year;
    day.setUTCDate(day.getUTCDate() + 1)
  )
    days.push(day.toISOString().slice(0, 10));
  return days;
}

/**
 * 身份证号 numbers consistent with everything shown: the region is taken as known (the address gives
 * it away), the birth date as above, the sequence's parity from the sex, the rest from the masks and
 * the check character.
 */
function idCandidates(
  text: string,
  idNumber: string,
  birthDate: string,
  sex: string,
  birthYear?: number,
): number {
  const shown = shownPositions(text, idNumber);
  if (shown.every(Boolean)) return 1;
  let count = 0;
  for (const date of birthDates(text, birthDate, birthYear)) {
    const prefix = idNumber.slice(0, 6) + date.replace(/-/g, '');
    for (let seq = 0; seq < 1000; seq++) {
      if (seq % 2 !== (sex === 'male' ? 1 : 0)) continue;
      const first17 = prefix + String(seq).padStart(3, '0');
      const id = first17 + checkChar(first17);
      if ([...id].every((c, i) => !shown[i] || c === idNumber[i])) count++;
    }
  }
  return count;
}

/**
 * Mobiles consistent with the masks. Digits 4–7 are the home-location block, which the party's
 * address narrows to about 300 blocks of the prefix in the county: hidden, they count 300, not 10,000.
 */
function phoneCandidates(text: string, phone: string): number {
  const shown = shownPositions(text, phone);
  const blockHidden = shown.slice(3, 7).some((s) => !s);
  const otherHidden = shown.filter((s, i) => !s && (i < 3 || i > 6)).length;
  return (blockHidden ? 300 : 1) * 10 ** otherHidden;
}

describe('attacks on masked personal data (issue 16)', () => {
  let t: TestApp;
  let caseId: string;
  const readers: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const recorder = await createUser(t, 'recorder', '老杨调解中心', true);
    Object.assign(readers, {
      recorder,
      director: 'director.yang',
      intake_clerk: await createUser(t, 'intake_clerk', '老杨调解中心'),
      judicial_officer: 'sfs.wang',
      county_bureau: await createUser(t, 'county_bureau', '诸暨市司法局'),
    });
    const c = await caseInMediation(t);
    caseId = c.id;
    // The recorder works on the case (its co-mediator), and so sees it, masked.
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT m.id FROM mediators m JOIN users u ON u.id = m.user_id WHERE u.username = $1',
      [recorder],
    );
    const version = (await t.dataSource.query('SELECT version FROM cases WHERE id = $1', [caseId]))[0]
      .version;
    expectOk(
      await t
        .http()
        .post(`/api/cases/${caseId}/assign`)
        .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
        .send({
          version,
          presidingMediatorId: await mediatorId(t, '杨建国'),
          mediatorIds: [row!.id],
          chosenBy: 'committee',
        }),
    );
  });
  afterAll(() => t.close());

  /** Every JSON answer the role gets about the case: detail, lists, searches, sessions, oversight. */
  async function everythingSeenBy(username: string) {
    const token = await t.tokenOf(username);
    const get = async (path: string) => {
      const res = await t.http().get(path).auth(token, { type: 'bearer' });
      return res.status === 200 ? (res.body as unknown) : null;
    };
    const detail = (await get(`/api/cases/${caseId}`)) as {
      parties: { name: string; idNumber?: string; phone?: string; birthDate?: string; birthYear?: number }[];
    };
    const answers = [
      detail,
      await get('/api/cases'),
      await get(`/api/cases?q=${encodeURIComponent(APPLICANT.name)}`),
      await get(`/api/cases?q=${encodeURIComponent('漏水')}`),
      await get(`/api/cases/${caseId}/sessions`),
      await get('/api/oversight/cases'),
      await get('/api/deadlines'),
      await get('/api/notifications'),
    ];
    return { detail, text: JSON.stringify(answers) };
  }

  it.each(['recorder', 'director', 'intake_clerk', 'judicial_officer', 'county_bureau'])(
    'leaves %s more than 10,000 candidates for each ID number and phone',
    async (role) => {
      const { detail, text } = await everythingSeenBy(readers[role]!);
      expect(detail.parties.length).toBe(2);
      const figures: Record<string, number> = {};
      for (const [party, shown] of [APPLICANT, RESPONDENT].map((p, i) => [p, detail.parties[i]!] as const)) {
        figures[`${party.name} ID`] = idCandidates(
          text,
          party.idNumber,
          party.birthDate,
          party.sex,
          shown.birthYear,
        );
        figures[`${party.name} phone`] = phoneCandidates(text, party.phone);
      }
      figures['agent phone'] = phoneCandidates(text, RESPONDENT.agent.phone);
      console.log(`[oracle] ${role}: ${JSON.stringify(figures)}`);
      // No birth date for a masked reader, only the year.
      expect(detail.parties.map((p) => p.birthDate)).toEqual([undefined, undefined]);
      // The county bureau's de-identified drill-down has no birth year either (docs/security.md).
      expect(detail.parties.map((p) => p.birthYear)).toEqual(
        role === 'county_bureau' ? [undefined, undefined] : [1985, 1978],
      );
      for (const [what, n] of Object.entries(figures))
        expect({ what, large: n > 10_000 }).toEqual({ what, large: true });
    },
  );

  it('still shows the case team everything, and the mask of every stored party is the new one', async () => {
    const { detail } = await everythingSeenBy('mediator.yang');
    expect(detail.parties[0]).toMatchObject({ idNumber: APPLICANT.idNumber, birthDate: APPLICANT.birthDate });
    const masks = await t.dataSource.query<{ id_number_masked: string; phone_masked: string }[]>(
      'SELECT id_number_masked, phone_masked FROM parties WHERE case_id = $1 ORDER BY position',
      [caseId],
    );
    expect(masks[0]).toEqual({ id_number_masked: '33***************1', phone_masked: '138******01' });
  });
});
