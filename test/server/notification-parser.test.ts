// The APO notification parser on its own: the real fixture, variants of the format, and bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/src/errors.js';
import { parseNotificationText } from '../../server/src/modules/notification/notification.parser.js';
import { buildDocument, FIXTURE_FIELDS, fixtureText, withFields } from '../helpers/factories/notifications.js';

const economies = [
  { code: 'JP', name: 'Japan' },
  { code: 'NP', name: 'Nepal' },
  { code: 'TH', name: 'Thailand' },
  { code: 'KR', name: 'Republic of Korea' },
  { code: 'LA', name: 'Lao PDR' },
];
const parse = (text: string) => parseNotificationText(text, { economies });

/** The domain error a parse throws: its code, details (field, line) and message. */
function errorOf(text: string): { code: string; field: string; line: number | null; message: string } {
  try {
    parse(text);
  } catch (e) {
    const err = e as DomainError;
    return { ...(err.details as { field: string; line: number | null }), code: err.code, message: err.message };
  }
  throw new Error('expected the parse to fail');
}

describe('parsing the 2025 BCN notification', () => {
  it('reads every field of the fixture', () => {
    const n = parse(fixtureText());
    expect(n).toEqual({
      referenceNo: '520',
      issueDate: '2025-01-27',
      projectCode: '25-SN-03-GE-BCN-C',
      title: 'Bilateral Cooperation between NPOs (BCN)',
      timingStart: '2025-01-01',
      timingEnd: '2025-12-31',
      hosting: { allMembers: true, names: [], codes: [] },
      venue: { allMembers: true, names: [], codes: [] },
      modality: 'HYBRID',
      implementingOrganizations: ['National Productivity Organizations', 'APO Secretariat'],
      participating: { allMembers: true, names: [], codes: [] },
      participantLimits: { VIRTUAL: 10, FACE_TO_FACE: 4 },
      overseasParticipantsText: 'Up to 10 for a virtual activity or four for a face-to-face activity',
      localParticipants: null,
      localParticipantsText: 'Not Applicable',
      closingDateText: 'Please refer to the Remarks column',
      remarks: 'First closing date for application: 31 March 2025 Second closing date for application: 30 June 2025',
      roundClosingDates: ['2025-03-31', '2025-06-30'],
      objectives: expect.stringMatching(/^Facilitate bilateral meetings between APO members .* including joint\/support programs\.$/),
      rationale: expect.stringMatching(/^NPOs are the key productivity-promoting institutions .* mutual benefit among members\.$/),
      background: [
        expect.stringMatching(/^By learning from others, .* current needs and requirements\.$/),
        expect.stringMatching(/^The BCN Program provides opportunities .* spirit of cooperation among members\.$/),
        expect.stringMatching(/^BCN projects may also be proposed proactively .* sending and hosting NPOs\.$/),
      ],
      topics: expect.stringMatching(/^The BCN Program covers a broad range of topics .* interests of sending NPOs\.$/),
      outcome: expect.stringMatching(/^Enhanced institutional capacity .* learning and collaboration platforms by NPOs\.$/),
      qualifications: 'High-level government officials/policymakers and NPO officials.',
      signatory: 'Dr. Indra Pradana Singawinata',
      signatoryTitle: 'Secretary-General',
      extraFields: { Note: 'Please refer to the implementation procedures circulated with this document for further details.' },
      warnings: [],
    });
  });

  it('keeps no markup in the background paragraphs', () => {
    for (const p of parse(fixtureText()).background) expect(p).not.toMatch(/[<>]/);
  });
});

describe('variants of the format', () => {
  it('reads labels in any order', () => {
    const reordered = [...FIXTURE_FIELDS].reverse();
    expect(parse(buildDocument(reordered))).toEqual(parse(buildDocument(FIXTURE_FIELDS)));
  });

  it('accepts runs of spaces instead of tabs, and "Label: value"', () => {
    const spaced = parse(buildDocument(FIXTURE_FIELDS, { separator: '     ' }));
    const colon = parse(buildDocument(FIXTURE_FIELDS, { separator: ': ' }));
    const tabbed = parse(buildDocument(FIXTURE_FIELDS));
    expect(spaced).toEqual(tabbed);
    expect(colon).toEqual(tabbed);
  });

  it('joins values wrapped onto the following lines', () => {
    const doc = buildDocument(withFields({
      Objectives: 'Facilitate bilateral meetings\nbetween APO members\n    and their NPOs.',
      Remarks: 'First closing date for application:\n31 March 2025\nSecond closing date for application: 30 June 2025',
    }));
    const n = parse(doc);
    expect(n.objectives).toBe('Facilitate bilateral meetings between APO members and their NPOs.');
    expect(n.roundClosingDates).toEqual(['2025-03-31', '2025-06-30']);
    expect(n.signatory).toBe('Dr. Indra Pradana Singawinata');
  });

  it('reads digits as well as number words in the limits', () => {
    const n = parse(buildDocument(withFields({ 'Overseas Participants': 'Up to twelve for a virtual activity or 6 for a face\u2013to\u2013face activity' })));
    expect(n.participantLimits).toEqual({ VIRTUAL: 12, FACE_TO_FACE: 6 });
    const words = parse(buildDocument(withFields({ 'Overseas Participants': 'Virtual: twenty-five; Face-to-face: 8', 'Local Participants': 'Up to 15' })));
    expect(words.participantLimits).toEqual({ VIRTUAL: 25, FACE_TO_FACE: 8 });
    expect(words.localParticipants).toBe(15);
  });

  it('makes one round of a single closing date', () => {
    const n = parse(buildDocument(withFields({ 'Closing Date': '15 May 2026', Remarks: null })));
    expect(n.roundClosingDates).toEqual(['2026-05-15']);
    expect(n.remarks).toBeNull();
  });

  it('keeps unknown labels in extraFields and reports them', () => {
    const n = parse(buildDocument([...FIXTURE_FIELDS, ['Contact Person', 'Ms. A. Tanaka, Program Officer'], ['Budget', 'USD <b>5,000</b>']]));
    expect(n.extraFields).toMatchObject({ 'Contact Person': 'Ms. A. Tanaka, Program Officer', Budget: 'USD 5,000' });
    expect(n.warnings.map((w) => [w.label, w.line])).toEqual([['Contact Person', 19], ['Budget', 20]]);
  });

  it('leaves absent optional fields empty', () => {
    const n = parse(buildDocument([['Project Code', '26-SN-03-GE-BCN-C'], ['Title', 'A short call']], { signature: [] }));
    expect(n).toMatchObject({
      projectCode: '26-SN-03-GE-BCN-C', title: 'A short call', referenceNo: null, issueDate: null, timingStart: null,
      modality: null, participantLimits: {}, roundClosingDates: [], background: [], signatory: null, extraFields: {},
    });
  });
});

describe('variants of the format', () => {
  it('maps named economies to their codes and typographic quotes and dashes to plain ones where they carry meaning', () => {
    const n = parse(buildDocument(withFields({
      'Hosting Country(ies)': 'Japan and Thailand',
      'Participating Country(ies)': 'Nepal, Lao PDR; Republic of Korea',
      'Venue City(ies)': 'Tokyo and Bangkok',
      Timing: '1\u201315 March 2026',
      'Date of Issue': 'January 27, 2026',
      Title: '\u201cSmart\u201d Productivity \u2014 BCN',
      Modality: 'Face-to-Face',
    })));
    expect(n.hosting).toEqual({ allMembers: false, names: ['Japan', 'Thailand'], codes: ['JP', 'TH'] });
    expect(n.participating.codes).toEqual(['NP', 'LA', 'KR']);
    expect(n.venue).toEqual({ allMembers: false, names: ['Tokyo', 'Bangkok'], codes: [] });
    expect([n.timingStart, n.timingEnd, n.issueDate]).toEqual(['2026-03-01', '2026-03-15', '2026-01-27']);
    expect(n.title).toBe('\u201cSmart\u201d Productivity \u2014 BCN');
    expect(n.modality).toBe('FACE_TO_FACE');
  });

  it('handles Windows line endings and non-breaking spaces', () => {
    const doc = buildDocument(FIXTURE_FIELDS, { separator: '\u00a0\u00a0\u00a0' }).replace(/\n/g, '\r\n');
    expect(parse(doc)).toEqual(parse(buildDocument(FIXTURE_FIELDS)));
  });
});

describe('malformed documents', () => {
  it('rejects a document without a project code, naming the field', () => {
    expect(errorOf(buildDocument(withFields({ 'Project Code': null })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectCode', line: null });
  });

  it('rejects a malformed project code with its line', () => {
    expect(errorOf(buildDocument(withFields({ 'Project Code': 'BCN 2025' })))).toMatchObject({ field: 'projectCode', line: 5 });
  });

  it('rejects an unreadable date of issue with its line', () => {
    const e = errorOf(buildDocument(withFields({ 'Date of Issue': '31 Febtember 2025' })));
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issueDate', line: 4 });
    expect(e.message).toContain('31 Febtember 2025');
  });

  it('rejects an impossible date and a backwards timing', () => {
    expect(errorOf(buildDocument(withFields({ 'Date of Issue': '30 February 2025' })))).toMatchObject({ field: 'issueDate' });
    expect(errorOf(buildDocument(withFields({ Timing: '31 December 2025\u20131 January 2025' })))).toMatchObject({ field: 'timing', line: 7 });
  });

  it('rejects limits it cannot read', () => {
    expect(errorOf(buildDocument(withFields({ 'Overseas Participants': 'As many as needed' })))).toMatchObject({ field: 'participantLimits', line: 13 });
  });

  it('rejects an unreadable closing date in the remarks', () => {
    expect(errorOf(buildDocument(withFields({ Remarks: 'First closing date for application: 31 Marsh 2025' })))).toMatchObject({ field: 'remarks', line: 16 });
  });

  it('rejects unknown economies and modalities', () => {
    expect(errorOf(buildDocument(withFields({ 'Hosting Country(ies)': 'Japan and Atlantis' })))).toMatchObject({ field: 'hostingEconomies', line: 8 });
    expect(errorOf(buildDocument(withFields({ Modality: 'Carrier pigeon' })))).toMatchObject({ field: 'modality', line: 10 });
  });

  it('rejects a label given twice', () => {
    const e = errorOf(buildDocument([...FIXTURE_FIELDS, ['Title', 'Another title']]));
    expect(e).toMatchObject({ field: 'title', line: 19 });
    expect(e.message).toContain('appears twice');
  });
});

describe('properties of the parser', () => {
  const separators = fc.constantFrom('\t', '\t\t', '  ', '    ', ' \t ', ': ');

  it('gives the same result whatever the label order and separators', () => {
    const reference = parse(buildDocument(FIXTURE_FIELDS));
    fc.assert(
      fc.property(fc.shuffledSubarray(FIXTURE_FIELDS, { minLength: FIXTURE_FIELDS.length }), separators, (fields, sep) => {
        expect(parse(buildDocument(fields, { separator: sep }))).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });

  it('reads any limits written as digits or words, in any modality order', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const count = fc.integer({ min: 0, max: 99 });
    const written = (n: number, asWord: boolean) => (asWord && n < words.length ? words[n] : String(n));
    fc.assert(
      fc.property(count, count, fc.boolean(), fc.boolean(), fc.boolean(), (v, f, vWord, fWord, virtualFirst) => {
        const parts = [`${written(v, vWord)} for a virtual activity`, `${written(f, fWord)} for a face-to-face activity`];
        const text = `Up to ${(virtualFirst ? parts : parts.reverse()).join(' or ')}`;
        expect(parse(buildDocument(withFields({ 'Overseas Participants': text }))).participantLimits).toEqual({ VIRTUAL: v, FACE_TO_FACE: f });
      }),
      { numRuns: 100 },
    );
  });

  it('never throws anything but a BAD_USER_INPUT on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        try {
          parse(text);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect((e as DomainError).code).toBe('BAD_USER_INPUT');
        }
      }),
      { numRuns: 200 },
    );
  });
});
