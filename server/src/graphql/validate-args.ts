// Validates every resolver argument with class-validator, as type-graphql's own validation would
// (`validate: { forbidUnknownValues: false }`, missing properties skipped, arrays item by item,
// failures as ArgumentValidationError), but with class-validator imported once: type-graphql 2's
// ESM build imports it dynamically for every argument, which under the tsx loader is a round trip
// to the loader's thread per argument of every request.
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

export async function validateArgs(value: unknown): Promise<void> {
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else if (isObject(value)) await validateOrReject(value, OPTIONS);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}
