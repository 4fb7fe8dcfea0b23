// The meeting plan as its editor holds it, and how its times are typed: as wall time in one
// chosen zone, stored as UTC.
import { utcToZonedLocal, zonedLocalToUtc, type Zone } from '../../../ui/format';

export type AgendaItem = { startsAt: string; endsAt: string; topic: string; presenter: string };
export type Delegate = { name: string; title: string; organizationId: string; qualification: string };
export type PlanValues = {
  modality: string;
  startsAt: string | null;
  endsAt: string | null;
  venue: string;
  onlineLink: string;
  agenda: AgendaItem[];
  delegates: Delegate[];
};
export type Party = Zone & { organizationId: string };

/** A UTC instant as the value of a datetime-local field in `zone`. */
export const localIn = (iso: string | null, zone: string) => (iso ? utcToZonedLocal(iso, zone) : '');
/** A datetime-local value typed in `zone`, to UTC (null when cleared). */
export const utcFrom = (value: string, zone: string) => (value ? zonedLocalToUtc(value, zone) : null);
