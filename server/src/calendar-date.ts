// Date-only inputs (YYYY-MM-DD) must name a real calendar day: "2027-02-30" matches the pattern
// but is no date, and used to reach the database as an INTERNAL_SERVER_ERROR (issue 12.5). Every
// date-only input field uses this one check, so the error is BAD_USER_INPUT naming the field.
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** True for YYYY-MM-DD strings that name a day of the Gregorian calendar. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) => `${options.each ? 'each of ' : ''}${args?.property} must be a real date YYYY-MM-DD, not "${String(args?.value)}"`,
      },
    },
    options,
  );
}
