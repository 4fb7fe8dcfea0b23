// The program report's grouped SQL, and the definitions behind each figure (issue 19):
//
// - A proposal counts in the year (UTC) of its FIRST submission: the first PROPOSAL_SUBMITTED
//   event of the log, or its submitted_at when it has no such event (a row written without the
//   commands). Never-submitted drafts are in no year. Its status is the status it has now.
// - Its decision is its PROPOSAL_APPROVED or PROPOSAL_REJECTED event (the proposal has no
//   decidedAt column; both are final). "Decisions" per month are dated by that event.
// - A meeting is held when its pairing reached MEETING_HELD (MEETING_HELD, FOLLOW_UP, COMPLETED).
//   Field by field, the meeting record's value wins when it has one, else the meeting plan's:
//   its day is the record's held_from, else the plan's starts_at (UTC day); its modality the
//   record's, else the plan's, else the proposal's; its participants the record's when it lists
//   any, else the plan's delegates. A held meeting with no day is in no year. Meeting figures
//   (per economy, modality, participants, follow-ups, days from decision to meeting, overdue
//   reports, meetings per month) count the year's held meetings.
// - Follow-ups: those of the year's held meetings; agreed = AGREED, IN_PROGRESS or DONE (agreed and
//   not dropped), in progress = IN_PROGRESS, completed = DONE.
// - Days from submission to decision: exact (fractional) days from the first submission to the
//   decision. Days from decision to meeting: whole days from the decision's UTC day to the
//   meeting's first day. Both medians (percentile_cont 0.5); null when there is nothing to count.
// - Reports overdue: completion reports of the year's held meetings, DUE or CHANGES_REQUESTED,
//   whose due_at is before now (the server's clock).
// - Call filter: the proposal's notification (for meetings, their pairing's proposal's).

/** Every query starts from these: `?` are the year, the call (or null) and now. */
const PARAMS = `params as (select ?::int as year, ?::uuid as call, ?::timestamptz as now)`;

const PROPOSALS = `
  decided_or_submitted as (
    select e.subject_id as proposal_id,
           min(e.created_at) filter (where e.type = 'PROPOSAL_SUBMITTED') as submitted,
           min(e.created_at) filter (where e.type in ('PROPOSAL_APPROVED', 'PROPOSAL_REJECTED')) as decided
      from activity_event e
     where e.subject_type = 'Proposal' and e.type in ('PROPOSAL_SUBMITTED', 'PROPOSAL_APPROVED', 'PROPOSAL_REJECTED')
     group by e.subject_id),
  prop as (
    select p.id, p.status, p.topic, coalesce(d.submitted, p.submitted_at) as submitted, d.decided
      from proposal p cross join params
      left join decided_or_submitted d on d.proposal_id = p.id
     where params.call is null or p.notification_id = params.call),
  cohort as (
    select prop.* from prop cross join params
     where extract(year from prop.submitted at time zone 'UTC') = params.year)`;

const MEETINGS = `
  held_all as (
    select g.id as pairing_id, p.id as proposal_id, so.economy_id as sender_economy, ho.economy_id as host_economy,
           coalesce(r.held_from, (mp.starts_at at time zone 'UTC')::date) as held_on,
           coalesce(r.modality, mp.modality, p.modality) as modality,
           case when jsonb_array_length(coalesce(r.participants, '[]'::jsonb)) > 0 then r.participants
                else coalesce(mp.delegates, '[]'::jsonb) end as participants
      from pairing g cross join params
      join proposal p on p.id = g.proposal_id
      join organization so on so.id = g.sending_organization_id
      join organization ho on ho.id = g.host_organization_id
      left join meeting_record r on r.pairing_id = g.id
      left join meeting_plan mp on mp.pairing_id = g.id
     where g.status in ('MEETING_HELD', 'FOLLOW_UP', 'COMPLETED')
       and (params.call is null or p.notification_id = params.call)),
  held as (select h.* from held_all h cross join params where extract(year from h.held_on) = params.year)`;

const q = (ctes: string[], body: string) => `with ${[PARAMS, ...ctes].join(',')} ${body}`;

export const SQL = {
  proposalsByStatus: q([PROPOSALS], `select status as key, count(*)::int as n from cohort group by status`),
  topics: q([PROPOSALS], `select min(t.topic) as topic, count(*)::int as n
    from (select regexp_replace(btrim(topic), '\\s+', ' ', 'g') as topic from cohort) t
    group by lower(t.topic) order by n desc, 1 limit 20`),
  medianSubmissionToDecision: q([PROPOSALS], `select percentile_cont(0.5) within group
    (order by extract(epoch from decided - submitted) / 86400.0) as median from cohort where decided is not null`),
  submittedByMonth: q([PROPOSALS], `select to_char(submitted at time zone 'UTC', 'YYYY-MM') as key, count(*)::int as n from cohort group by 1`),
  decisionsByMonth: q([PROPOSALS], `select to_char(decided at time zone 'UTC', 'YYYY-MM') as key, count(*)::int as n from prop cross join params
    where extract(year from decided at time zone 'UTC') = params.year group by 1`),
  meetingsByMonth: q([MEETINGS], `select to_char(held_on, 'YYYY-MM') as key, count(*)::int as n from held group by 1`),
  meetingsByEconomy: q([MEETINGS], `select e.id as economy_id,
      count(*) filter (where h.sender_economy = e.id)::int as as_sender,
      count(*) filter (where h.host_economy = e.id)::int as as_host
    from held h join economy e on e.id in (h.sender_economy, h.host_economy) group by e.id`),
  modalityMix: q([MEETINGS], `select modality as key, count(*)::int as n from held group by modality`),
  participants: q([MEETINGS], `select x->>'qualification' as key, count(*)::int as n from held h, jsonb_array_elements(h.participants) x group by 1`),
  followUps: q([MEETINGS], `select
      count(*) filter (where f.status in ('AGREED', 'IN_PROGRESS', 'DONE'))::int as agreed,
      count(*) filter (where f.status = 'IN_PROGRESS')::int as in_progress,
      count(*) filter (where f.status = 'DONE')::int as completed
    from follow_up_activity f join held h on h.pairing_id = f.pairing_id`),
  medianDecisionToMeeting: q([PROPOSALS, MEETINGS], `select percentile_cont(0.5) within group
    (order by (h.held_on - (prop.decided at time zone 'UTC')::date)) as median
    from held h join prop on prop.id = h.proposal_id where prop.decided is not null`),
  reportsOverdue: q([MEETINGS], `select count(*)::int as n from completion_report c cross join params
    join held h on h.pairing_id = c.pairing_id where c.status in ('DUE', 'CHANGES_REQUESTED') and c.due_at < params.now`),
};
