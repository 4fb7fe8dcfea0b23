// What entities share, declared once. First the columns most tables have: a random UUID key, then
// createdAt, the optimistic lock and updatedAt, as a chain of abstract classes; an entity extends
// the deepest level whose columns it has, all of them. Each level is a type-graphql object type
// too, because type-graphql inherits fields only from a superclass that is one; none is emitted,
// as no field returns it, and schema/schema.graphql is sorted, so where a field is declared does
// not show there. MikroORM needs no decorator on a base class that declares properties.
// Then the kinds of column many entities have (text, a day, an instant, a list, a flag):
// one decorator each, giving the column type and the GraphQL type together; and the indexed
// reference to the row a row belongs to.
import { Index, ManyToOne, PrimaryKey, Property, type EntityName, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';

/** The key only, kept out of the API (a row reached through its parent, e.g. a preferred host). */
export abstract class UuidEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}

/** The key, exposed as the object's `id`. */
@ObjectType()
export abstract class NodeEntity extends UuidEntity {
  @Field(() => ID) // the same column as UuidEntity's; redeclared only to expose it
  declare id: string;
}

@ObjectType()
export abstract class CreatedEntity extends NodeEntity {
  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

/** A row clients change: they send `version` back, and a stale one is a conflict. */
@ObjectType()
export abstract class VersionedEntity extends CreatedEntity {
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

@ObjectType()
export abstract class UpdatedEntity extends VersionedEntity {
  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** Both decorators on one property: the column and its GraphQL field always go together here. */
type Decorate = (target: object, key: string) => unknown;
const column = (field: Decorate, property: Decorate) => (target: object, key: string) => {
  field(target, key);
  property(target, key);
};

/** A name, a code or a title: a short required text (varchar 255). */
export const ShortText = (description?: string) => column(Field(() => String, { description }), Property({ type: 'string' }));

/** Required text of any length. */
export const Text = (description?: string) => column(Field(() => String, { description }), Property({ type: 'text' }));

/** Free text, absent until someone writes it. */
export const OptionalText = (description?: string) =>
  column(Field(() => String, { nullable: true, description }), Property({ type: 'text', nullable: true }));

/** A calendar day without a time or zone, YYYY-MM-DD. */
export const OptionalDay = (description: string) =>
  column(Field(() => String, { nullable: true, description }), Property({ type: 'string', columnType: 'date', nullable: true }));

/** An instant, absent until it happens; timestamptz, like every instant here. */
export const OptionalTimestamp = (description?: string) =>
  column(Field(() => Date, { nullable: true, description }), Property({ type: 'Date', columnType: 'timestamptz', nullable: true }));

/** A list of short texts (economy codes, cities, topics): a PostgreSQL text[], empty by default. */
export const TextList = (description?: string) => column(Field(() => [String], { description }), Property({ type: 'text[]', default: '{}' }));

/** A yes/no column with a database default matching the property's initial value. */
export const Flag = (defaultValue: boolean, description?: string) =>
  column(Field(() => Boolean, { description }), Property({ type: 'boolean', default: defaultValue }));

/**
 * The row this one belongs to (a pairing's proposal, a thread's pairing): a required reference,
 * indexed, since it is looked up from that side ("the threads of this pairing").
 */
export const IndexedRef = <T extends object>(entity: () => EntityName<T>) => (target: object, key: string) => {
  ManyToOne(entity, { ref: true })(target, key);
  (Index() as unknown as Decorate)(target, key);
};

/** What a searchable table's full-text columns are made of: `a` its title and codes, `b` its body (SQL over its own columns). */
export type SearchText = { a: string; b: string };

/**
 * One full-text column of a searchable table (modules/search, migration 20261207004700):
 * PostgreSQL generates it from the row's text and indexes it with GIN; the ORM never loads or
 * writes it (lazy, generated). Declared here only so that the schema check sees it as expected.
 */
export function SearchVector(table: string, config: 'english' | 'simple', text: SearchText): PropertyDecorator {
  const column = config === 'english' ? 'search_en' : 'search_simple';
  const part = (sql: string, weight: string) => `setweight(to_tsvector('${config}', ${sql}), '${weight}'::"char")`;
  const property = Property({
    type: 'string',
    columnType: 'tsvector',
    fieldName: column,
    generated: `(${part(text.a, 'A')} || ${part(text.b, 'B')}) stored`,
    nullable: true,
    lazy: true,
    hidden: true,
  });
  const index = Index<Record<string, unknown>, string>({ name: `${table}_${column}_index`, expression: `create index "${table}_${column}_index" on "${table}" using gin ("${column}")` });
  return (target, key) => {
    property(target, key as string);
    index(target as Record<string, unknown>, key as string);
  };
}
