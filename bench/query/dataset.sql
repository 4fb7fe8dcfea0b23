-- The query benchmark's data set, on top of the demo data (issue 15): 2,000 proposals, 500
-- pairings, 5,000 messages. Timestamps are whole seconds apart so that every list has one order.
-- One pairing (the newest) gets 5 planning threads of 100 messages (Q2); 90 more pairings get one
-- thread of 50 messages each: 500 + 4,500 = 5,000.
begin;

create temporary table bench_npo on commit drop as
  select o.id, (row_number() over (order by o.name, o.id))::int - 1 as n,
         (select u.id from app_user u where u.organization_id = o.id and u.role = 'NPO_ADMIN' order by u.email limit 1) as admin_id
    from organization o
   where o.kind = 'NPO' and exists (select 1 from app_user u where u.organization_id = o.id and u.role = 'NPO_ADMIN');

insert into proposal (id, notification_id, round_id, sending_organization_id, proposed_by_id, topic, objectives,
                      expected_outcome, modality, planned_participants, status, submitted_at, created_at, updated_at)
select gen_random_uuid(), c.id,
       (select r.id from application_round r where r.notification_id = c.id order by r.ordinal limit 1),
       npo.id, npo.admin_id,
       'Bench proposal ' || i || ': productivity practice ' || (i % 37),
       'Learn how the host runs practice ' || (i % 37) || ' and bring it home.',
       'A pilot at home within a year.',
       (array['VIRTUAL', 'FACE_TO_FACE', 'HYBRID'])[1 + i % 3],
       '[]'::jsonb,
       (array['SUBMITTED', 'APPROVED', 'UNDER_REVIEW'])[1 + i % 3],
       date_trunc('second', now()) - make_interval(secs => 3600 + i * 60),
       date_trunc('second', now()) - make_interval(secs => 3600 + i * 60),
       date_trunc('second', now()) - make_interval(secs => 3600 + i * 60)
  from generate_series(1, 2000) as i
  join project_notification c on c.project_code = '26-SN-03-GE-BCN-C'
  join bench_npo npo on npo.n = i % (select count(*) from bench_npo);

-- 500 pairings: the newest 500 approved bench proposals, hosted by the next NPO in turn.
insert into pairing (id, proposal_id, sending_organization_id, host_organization_id, status, created_at, updated_at)
select gen_random_uuid(), p.id, p.sending_organization_id, host.id, 'PLANNING', p.created_at + interval '30 seconds', p.created_at + interval '30 seconds'
  from (select p.*, (row_number() over (order by p.created_at desc, p.id))::int as k
          from proposal p where p.topic like 'Bench proposal %' and p.status = 'APPROVED') p
  join bench_npo s on s.id = p.sending_organization_id
  join bench_npo host on host.n = (s.n + 1) % (select count(*) from bench_npo)
 where p.k <= 500;

create temporary table bench_pairing on commit drop as
  select p.id, p.created_at, s.admin_id as sending_user, h.admin_id as host_user,
         (row_number() over (order by p.created_at desc, p.id))::int as k
    from pairing p
    join proposal pr on pr.id = p.proposal_id and pr.topic like 'Bench proposal %'
    join bench_npo s on s.id = p.sending_organization_id
    join bench_npo h on h.id = p.host_organization_id;

create temporary table bench_thread on commit drop as
  select gen_random_uuid() as id, bp.id as pairing_id, bp.sending_user, bp.host_user, t as ordinal,
         bp.created_at + make_interval(secs => t) as created_at,
         case when bp.k = 1 then 100 else 50 end as messages
    from bench_pairing bp
    cross join lateral generate_series(1, case when bp.k = 1 then 5 else 1 end) as t
   where bp.k <= 91;

insert into thread (id, pairing_id, title, created_by_id, created_at, last_message_at)
select t.id, t.pairing_id, 'Bench planning ' || t.ordinal, t.sending_user, t.created_at,
       t.created_at + make_interval(secs => t.messages * 10)
  from bench_thread t;

insert into message (id, thread_id, author_id, body, created_at)
select gen_random_uuid(), t.id, case when m % 2 = 0 then t.sending_user else t.host_user end,
       'Bench message ' || m || ' of **planning** thread ' || t.ordinal || '. ' || repeat('Agenda, venue and delegates. ', 1 + m % 4),
       t.created_at + make_interval(secs => m * 10)
  from bench_thread t
 cross join lateral generate_series(1, t.messages) as m;

commit;
