// One way to declare a string enum of the API: each name written once, as its own value (what
// GraphQL shows and the database stores), registered with type-graphql under `name`:
//   export const PairingStatus = defineEnum('PairingStatus', ['HOST_INVITED', 'PLANNING', …]);
//   export type PairingStatus = EnumValue<typeof PairingStatus>;
// It is then used as a TypeScript enum would be: `PairingStatus.PLANNING`, `status: PairingStatus`.
import { registerEnumType } from 'type-graphql';

export type EnumOf<N extends string> = { readonly [K in N]: K };
export type EnumValue<E> = E[keyof E];

export function defineEnum<const N extends string>(name: string, names: readonly N[], description?: string): EnumOf<N> {
  const values = Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as EnumOf<N>;
  registerEnumType(values, { name, ...(description ? { description } : {}) });
  return values;
}
