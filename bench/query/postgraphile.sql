-- What PostGraphile needs to answer the benchmark's queries over its generated schema:
-- BCN Hub's `Proposal.economy` is the sending NPO's economy, a computed column here
-- (PostGraphile inlines it into its one statement per request). Nothing else is added.
create or replace function proposal_economy(p proposal) returns economy as $$
  select e.* from organization o join economy e on e.id = o.economy_id where o.id = p.sending_organization_id
$$ language sql stable;
