// The columns most tables share, declared once: a random UUID key, then createdAt, the optimistic
// lock and updatedAt. Each level is an abstract type-graphql object type as well, because
// type-graphql inherits fields only from a superclass that is one; MikroORM needs no decorator
// on a base class that declares properties. An entity extends the deepest level whose columns
// it has, all of them; schema/schema.graphql is sorted, so where a field is declared does not
// show there.
import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
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
  @Field(() => ID)
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
