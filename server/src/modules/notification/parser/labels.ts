// The labels of the APO notification format and the spellings they come in. A label is
// compared in a normal form: lower case, no "(s)"/"(ies)", no trailing colon, singular words.
export type FieldKey =
  | 'referenceNo' | 'issueDate' | 'projectCode' | 'title' | 'timing' | 'hosting' | 'venue' | 'modality'
  | 'implementing' | 'participating' | 'overseas' | 'local' | 'closingDate' | 'remarks' | 'objectives'
  | 'rationale' | 'background' | 'topics' | 'outcome' | 'qualifications';

const SPELLINGS: Record<FieldKey, string[]> = {
  referenceNo: ['Reference No.', 'Reference Number', 'Ref. No.', 'Reference'],
  issueDate: ['Date of Issue', 'Issue Date', 'Date Issued'],
  projectCode: ['Project Code', 'Project No.', 'Code'],
  title: ['Title', 'Project Title'],
  timing: ['Timing', 'Duration', 'Project Period', 'Period'],
  hosting: ['Hosting Country(ies)', 'Hosting Countries', 'Host Country', 'Hosting Economies', 'Host Economy'],
  venue: ['Venue City(ies)', 'Venue Cities', 'Venue'],
  modality: ['Modality', 'Mode'],
  implementing: ['Implementing Organization(s)', 'Implementing Organisation(s)', 'Implementing Agency', 'Implementing Organizations'],
  participating: ['Participating Country(ies)', 'Participating Countries', 'Participating Economies'],
  overseas: ['Overseas Participants', 'Number of Overseas Participants'],
  local: ['Local Participants', 'Number of Local Participants'],
  closingDate: ['Closing Date', 'Closing Dates', 'Deadline'],
  remarks: ['Remarks', 'Remark', 'Notes'],
  objectives: ['Objectives', 'Objective'],
  rationale: ['Rationale'],
  background: ['Background'],
  topics: ['Topics', 'Topic', 'Scope'],
  outcome: ['Outcome', 'Outcomes', 'Expected Outcome(s)'],
  qualifications: ['Qualifications', 'Qualification', 'Qualifications of Participants'],
};

/** The name each field has in errors (`extensions.field`): the GraphQL field it fills. */
export const FIELD_NAMES: Record<FieldKey, string> = {
  referenceNo: 'referenceNo', issueDate: 'issueDate', projectCode: 'projectCode', title: 'title', timing: 'timing',
  hosting: 'hostingEconomies', venue: 'venueCities', modality: 'modality', implementing: 'implementingOrganizations',
  participating: 'participatingEconomies', overseas: 'participantLimits', local: 'localParticipants',
  closingDate: 'closingDateText', remarks: 'remarks', objectives: 'objectives', rationale: 'rationale',
  background: 'background', topics: 'topics', outcome: 'outcome', qualifications: 'qualifications',
};

export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[:.]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/ies$/, 'y').replace(/(?<!s)s$/, '').replace(/isation/, 'ization'))
    .join(' ');
}

const BY_NORMAL = new Map<string, FieldKey>();
for (const [key, spellings] of Object.entries(SPELLINGS) as Array<[FieldKey, string[]]>) {
  for (const s of spellings) BY_NORMAL.set(normalizeLabel(s), key);
}

export function fieldOf(label: string): FieldKey | null {
  return BY_NORMAL.get(normalizeLabel(label)) ?? null;
}

/** Headings that carry no value, such as the document's title line. */
export function isHeading(line: string): boolean {
  return /^project notification$/i.test(line.trim());
}
