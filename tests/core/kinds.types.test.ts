import { describe, expectTypeOf, it } from "vitest";
import { DONE_BUILDERS } from "../../src/cli/commands/record";
import type { ItemKind } from "../../src/core/follow-ups/items";
import { KINDS, type CliDoneKind, type KindDefinition } from "../../src/core/follow-ups/kinds";

/**
 * A kind added half-way does not compile. These are type-level tests: `npm run typecheck`
 * checks them (an `@ts-expect-error` that no longer finds an error is itself an error).
 */
describe('adding a kind ("send a LinkedIn request two days after")', () => {
  it("the table holds one definition per kind in ITEM_KINDS, and no other", () => {
    expectTypeOf<keyof typeof KINDS>().toEqualTypeOf<ItemKind>();
    // @ts-expect-error one more kind in ITEM_KINDS, without its definition, does not satisfy the table's type
    const withLinkedIn: Record<ItemKind | "linkedin", KindDefinition> = KINDS;
    expectTypeOf(withLinkedIn).not.toBeNever();
  });

  it("a kind with a CLI name does not compile until the CLI's done can build its step", () => {
    expectTypeOf<keyof typeof DONE_BUILDERS>().toEqualTypeOf<CliDoneKind>();
    type WithLinkedIn = CliDoneKind | "linkedin";
    // @ts-expect-error the builders of today's kinds do not cover one more
    const builders: Record<WithLinkedIn, unknown> = DONE_BUILDERS;
    expectTypeOf(builders).not.toBeNever();
  });
});
