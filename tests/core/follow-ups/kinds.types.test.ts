import { describe, expectTypeOf, it } from "vitest";
import { DONE_BUILDERS } from "../../../src/cli/commands/done";
import type { ItemKind } from "../../../src/core/follow-ups/items";
import {
  GENERAL_TIMINGS,
  KINDS,
  type CliDoneKind,
  type KindDefinition,
  type StepDone,
  type StepKind,
} from "../../../src/core/follow-ups/kinds";
import type { RuleDurations } from "../../../src/core/settings/fields";

/**
 * A kind added half-way does not compile. These are type-level tests: `npm run typecheck`
 * checks them (an `@ts-expect-error` that no longer finds an error is itself an error).
 */
describe("adding a kind (CONTRIBUTING's recipe 1; scripts/kind-recipe.mjs adds its example)", () => {
  it("the table holds one definition per kind in ITEM_KINDS, and no other", () => {
    expectTypeOf<keyof typeof KINDS>().toEqualTypeOf<ItemKind>();
    // @ts-expect-error one more kind in ITEM_KINDS, without its definition, does not satisfy the table's type
    const withOneMore: Record<ItemKind | "a-kind-not-defined", KindDefinition> = KINDS;
    expectTypeOf(withOneMore).not.toBeNever();
  });

  it("a kind whose Done dates one step needs no builder in the CLI; one that records more does not compile without", () => {
    expectTypeOf<keyof typeof DONE_BUILDERS>().toEqualTypeOf<Exclude<CliDoneKind, StepKind>>();
    expectTypeOf<"debrief" | "inform-references">().toExtend<StepKind>();
    expectTypeOf<"thank-you" | "follow-up" | "move-on">().not.toExtend<StepKind>();
    type WithOneMore = Exclude<CliDoneKind, StepKind> | "a-kind-not-defined";
    // @ts-expect-error the builders of today's kinds do not cover one more that records more than a date
    const builders: Record<WithOneMore, unknown> = DONE_BUILDERS;
    expectTypeOf(builders).not.toBeNever();
  });

  it("every timing is claimed by a kind or is general, and a kind's timings are timings", () => {
    expectTypeOf<(typeof KINDS)[ItemKind]["timings"][number] | (typeof GENERAL_TIMINGS)[number]>().toEqualTypeOf<
      keyof RuleDurations
    >();
    // @ts-expect-error a kind cannot claim a timing fields.ts does not declare
    const timings: KindDefinition["timings"] = ["aTimingNotDeclared"];
    expectTypeOf(timings).not.toBeNever();
  });

  it("a step's Done names a property that records a step", () => {
    // @ts-expect-error `company` is a property, but not a step
    const done: StepDone = { step: "company", recorded: () => "" };
    expectTypeOf(done).not.toBeNever();
  });
});
